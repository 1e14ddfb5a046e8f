# One image for the app, the RQ worker and the migration (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# CairoSVG loads libcairo at run time. Latin typefaces and icons come from pip packages; Arabic,
# Hebrew, Devanagari, Thai, Chinese, Japanese and Korean from Debian's Noto packages, of which
# only the families the engine uses are kept (CJK whole: names use rare characters too).
RUN apt-get update \
    && apt-get install -y --no-install-recommends libcairo2 fonts-noto-core fonts-noto-cjk \
    && find /usr/share/fonts/truetype/noto -type f \
       ! -regex '.*/Noto\(Sans\|Serif\)\(Arabic\|Hebrew\|Devanagari\|Thai\)-\(Regular\|Bold\)\.ttf' \
       ! -regex '.*/NotoNaskhArabic-\(Regular\|Bold\)\.ttf' -delete \
    && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 logostudio \
    && useradd --system --uid 10001 --gid logostudio --create-home --home-dir /home/logostudio \
       --shell /usr/sbin/nologin logostudio

WORKDIR /app

COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt

COPY .streamlit ./.streamlit
COPY logostudio ./logostudio
COPY pages ./pages
COPY app.py worker.py ./

# Byte-compile as root so the read-only code starts fast; DATA_DIR (the embedded default's
# SQLite file and objects, used when no DATABASE_URL/S3 is set) is the one writable folder.
RUN python -m compileall -q logostudio pages app.py worker.py \
    && mkdir -p /app/data \
    && chown logostudio:logostudio /app/data

USER logostudio

EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"]

CMD ["streamlit", "run", "app.py", "--server.address=0.0.0.0", "--server.port=8501", "--server.headless=true"]
