"""Entry scripts for servers; kept in their own folder because Streamlit puts a script's folder on sys.path."""
