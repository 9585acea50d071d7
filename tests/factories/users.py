import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

TEST_PASSWORD = "pw"  # noqa: S105 - test accounts only


class UserFactory(DjangoModelFactory):
    """An account with a password; pass `groups=[...]` to put it in groups."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"anvandare{n}")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Användare {n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.se")
    password = factory.django.Password(TEST_PASSWORD)

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*extracted)
