from django.db import connection
from django.http import HttpResponse


def healthz(request):
    """For load balancers and container health checks: the app and its database answer."""
    with connection.cursor() as cursor:
        cursor.execute("select 1")
    return HttpResponse("ok", content_type="text/plain")
