# Harbour's production image: uvicorn serving the ASGI app (HTTP and WebSocket).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore \
    WEB_CONCURRENCY=2

WORKDIR /app

# Dependencies first, so a code change does not reinstall them. Every pin ships
# a manylinux wheel, so no compiler is needed.
COPY requirements.lock ./
RUN pip install --no-cache-dir -r requirements.lock

COPY . .

# Static files are built into the image; whitenoise serves them. DEBUG and the
# throwaway key exist for this one command only, never in the image's env.
# (Without DATABASE_URL, settings also creates var/, the SQLite fallback folder.)
RUN DEBUG=0 SECRET_KEY=build-only-not-a-secret python manage.py collectstatic --noinput

# The code stays root-owned, read-only to the app; only var/ is writable.
RUN useradd --system --uid 10001 --user-group --home-dir /app --no-create-home harbour \
    && mkdir -p /app/var && chown harbour:harbour /app/var
USER harbour

EXPOSE 8000

# Django rejects unknown Host headers and, with HTTPS on, redirects plain http.
# So the probe names the first allowed host and says it came over TLS (uvicorn
# trusts forwarded headers from 127.0.0.1). Any error or non-2xx status fails.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as u; h = os.environ.get('ALLOWED_HOSTS', '').split(',')[0].strip().lstrip('.'); h = h if h not in ('', '*') else 'localhost'; u.urlopen(u.Request('http://127.0.0.1:8000/healthz', headers={'Host': h, 'X-Forwarded-Proto': 'https'}), timeout=4)"]

# uvicorn takes its worker count from WEB_CONCURRENCY (default 2, set above).
# No access log: like the app's own logging, it keeps members' addresses out.
CMD ["uvicorn", "config.asgi:application", "--host", "0.0.0.0", "--port", "8000", "--proxy-headers", "--no-access-log"]
