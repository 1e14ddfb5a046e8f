"""AI Logo Studio's web server: `streamlit run app.py` (or `uvicorn app:app`).

One process, one port: the Streamlit app (logostudio/web/ui/main.py) at /, the REST API under /api (docs
at /api/docs), /health, and /files/ for the embedded default's logo links. See logostudio/web/server.py.
"""

from __future__ import annotations

import streamlit as st

from logostudio.web import server as web

app = st.App("logostudio/web/ui/main.py", routes=web.routes(), middleware=web.middleware(), lifespan=web.lifespan)
