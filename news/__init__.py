"""News and interviews ("Aktuellt").

A separate app because articles belong to neither the forum nor the regional teams: they report on
both (an interview with the forum secretariat, another with a participant in the regional
work), and `core` holds only what every page shares.
"""
