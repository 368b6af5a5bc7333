"""The script `chatbot serve` hands to Streamlit: it runs the chatbot.app page as a module.

Streamlit puts the folder of the script it runs on sys.path; running chatbot/app.py directly would make the
package's modules (e.g. `chunk`, also a standard-library name) importable as top-level modules.
"""

import runpy

runpy.run_module("chatbot.app", run_name="__main__")
