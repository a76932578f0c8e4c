"""Give every account the skeleton of its name (accounts/names.py).

Accounts are filled oldest first. If an existing name already looks like an
earlier account's, it keeps its name and an empty skeleton: nobody is locked
out, and the earlier account still holds the look-alike form for new names."""

from django.db import migrations, models

from accounts.names import stored_skeleton


def fill_skeletons(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    taken = set()
    for user in User.objects.order_by("pk").only("pk", "username").iterator():
        form = stored_skeleton(user.username)
        if form in taken:
            continue
        taken.add(form)
        User.objects.filter(pk=user.pk).update(username_skeleton=form)


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0003_user_viewer_version"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="username_skeleton",
            field=models.CharField(blank=True, editable=False, max_length=255, null=True),
        ),
        migrations.RunPython(fill_skeletons, migrations.RunPython.noop),
    ]
