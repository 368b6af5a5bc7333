"""The shells: the command line (cli.py) and the Streamlit page (app.py), with their Markdown and diagram helpers.

They speak only to the public API of the chatbot package (Chatbot, build_index, status, uploads, models, errors).
"""

__all__: list[str] = []
