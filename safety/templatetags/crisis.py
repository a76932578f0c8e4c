from django import template

from safety.models import CrisisResource

register = template.Library()


@register.inclusion_tag("safety/_crisis_lines.html")
def crisis_lines():
    return {"resources": list(CrisisResource.objects.all())}
