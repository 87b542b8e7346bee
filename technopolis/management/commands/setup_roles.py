"""Create or refresh the staff groups and the moderation workflow (technopolis/roles.py)."""

from django.core.management.base import BaseCommand
from django.db import transaction

from technopolis.roles import ROLES, setup_roles


class Command(BaseCommand):
    help = "Create or refresh the staff groups, their permissions and the moderation workflow."

    @transaction.atomic
    def handle(self, *args, verbosity=1, **options):
        groups = setup_roles()
        for role in ROLES if verbosity else ():
            count = groups[role.name].permissions.count()
            self.stdout.write(f"{role.name}: {role.description} ({count} permissions)")
