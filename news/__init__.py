"""News and interviews ("Aktuellt").

A separate app because articles belong to neither the forum nor the regional teams: they report on
both (seed 001 interviews the forum secretariat, seed 004 a participant in the regional work), and
`home` holds only what every page shares.
"""
