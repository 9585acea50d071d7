"""How an e-mail address is compared: one subscriber per address, whatever its case or spaces."""


def normalise_email(address):
    return (address or "").strip().lower()
