"""Synonyms the site search expands a query with: county names and common abbreviations."""

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.admin.panels import FieldPanel

SYNONYMS_CACHE_KEY = "search:synonyms"


def split_terms(text):
    """The comma- or line-separated terms of `text`, lowercased, spaces normalised, unique."""
    terms = []
    for raw in text.replace("\n", ",").split(","):
        term = " ".join(raw.split()).lower()
        if term and term not in terms:
            terms.append(term)
    return terms


class SearchSynonym(models.Model):
    """Words that mean the same to a reader: a search for one also finds the others."""

    terms = models.TextField(
        "ord som betyder samma sak",
        help_text=(
            "Två eller fler ord eller uttryck, åtskilda med kommatecken, t.ex. ”Sörmland, "
            "Södermanland”. En sökning på ett av dem hittar även sidor med de andra."
        ),
    )
    note = models.CharField(
        "kommentar",
        max_length=200,
        blank=True,
        help_text="Valfritt: varför synonymen finns, t.ex. ”förkortning” eller ”äldre namn”.",
    )

    panels = [FieldPanel("terms"), FieldPanel("note")]

    class Meta:
        ordering = ["terms"]
        verbose_name = "synonym i sökningen"
        verbose_name_plural = "synonymer i sökningen"

    def __str__(self):
        return ", ".join(split_terms(self.terms))

    def clean(self):
        terms = split_terms(self.terms)
        if len(terms) < 2:
            raise ValidationError(
                {"terms": "Ange minst två ord eller uttryck, åtskilda med kommatecken."}
            )
        if any(len(term) > 100 for term in terms):
            raise ValidationError({"terms": "Ett ord eller uttryck får vara högst 100 tecken."})
        self.terms = ", ".join(terms)


def synonym_groups():
    """{term: [every term of its groups]} for all synonyms, cached until one changes."""
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        groups = {}
        for row in SearchSynonym.objects.values_list("terms", flat=True):
            terms = split_terms(row)
            for term in terms:
                groups.setdefault(term, [term])
                groups[term].extend(t for t in terms if t not in groups[term])
        cache.set(SYNONYMS_CACHE_KEY, groups, timeout=None)
    return groups


@receiver(post_save, sender=SearchSynonym, dispatch_uid="search.synonyms_saved")
@receiver(post_delete, sender=SearchSynonym, dispatch_uid="search.synonyms_deleted")
def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)
