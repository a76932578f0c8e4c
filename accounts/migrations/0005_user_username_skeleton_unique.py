# The constraint comes in its own migration, after the data is filled: on
# PostgreSQL each migration is one transaction.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("accounts", "0004_user_username_skeleton"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(fields=("username_skeleton",), name="accounts_user_username_skeleton_unique"),
        ),
    ]
