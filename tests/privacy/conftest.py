import pytest

from tests.privacy import scenario


@pytest.fixture
def scene(make_group, admin_user):
    return scenario.build(make_group, admin_user)
