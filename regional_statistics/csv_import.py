"""Reading a CSV file in the shape Statistics Sweden's table service (SCB, PxWeb) exports.

Long format, one value per line: `"region","år","Värde"` with lines such as
`"01 Stockholms län","2022","1234,5"`. Wide format, one line per region and a column per year:
`"region","2015","2016",...` (what our own CSV download writes, so a download can be re-imported).

- Separator: semicolon, comma or tab, detected from the header line.
- Encoding: UTF-8 (with or without BOM), otherwise Windows-1252 (what Excel saves as "CSV").
- Region: county code (`01`, `1`), code and name (`01 Stockholms län`), or a name with or without
  "län" / "Region" (`Sörmland`, `Södermanlands län`, `Region Jämtland Härjedalen`).
  `00`, `00 Riket`, `Riket` or `Sverige` is the national value.
- Value: decimal comma or point, spaces as thousands separators; `..` means the value is missing.

Every line is checked and every error collected ("Rad 7: okänt län 'Xyz'"); the caller saves
nothing unless the list of errors is empty.
"""

import csv
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.text import slugify

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_LISTED_ERRORS = 100
EMPTY_FILE = "Filen är tom. Den ska ha en rubrikrad och rader med värden."
MISSING = {"..", "…", "..."}
NATIONAL_NAMES = {"riket", "hela-riket", "sverige", "hela-sverige", "00"}
NATIONAL_CODE = "00"
FIRST_YEAR, LAST_YEAR = 1900, 2100
# Value limits of DatasetRow.value (max_digits=18, decimal_places=4).
MAX_INTEGER_DIGITS, MAX_DECIMALS = 14, 4

REGION_HEADERS = {"region", "lan", "lansnamn", "lanskod", "county", "omrade"}
YEAR_HEADERS = {"ar", "year", "tid", "period"}
# Names SCB, and the regions use besides the County rows' own names.
EXTRA_ALIASES = {
    "sodermanland": "04",
    "jamtland-harjedalen": "23",
    "vastra-gotalandsregionen": "14",
}
CODE_AND_NAME = re.compile(r"^(\d{1,2})(?:\s+(.*))?$")


@dataclass(frozen=True)
class ImportedRow:
    line: int
    county_code: str  # "00" for the national value
    year: int
    value: Decimal | None  # None: missing in the source ("..")


@dataclass
class ImportResult:
    rows: list
    errors: list

    @property
    def error_messages(self):
        """The errors to show: the first MAX_LISTED_ERRORS, then how many more there are."""
        listed = self.errors[:MAX_LISTED_ERRORS]
        if len(self.errors) > MAX_LISTED_ERRORS:
            rest = len(self.errors) - MAX_LISTED_ERRORS
            listed.append(f"… och {rest} fel till. Rätta felen ovan och ladda upp filen igen.")
        return listed


def ascii_key(text):
    """`Västra Götalands län` → `vastra-gotalands-lan`: compares names however they are spelt."""
    text = text.strip().lower().replace("å", "a").replace("ä", "a").replace("ö", "o")
    return slugify(text)


def region_key(text):
    key = ascii_key(text)
    key = re.sub(r"^(region|landstinget)-", "", key)
    key = re.sub(r"-(lans|lan)$", "", key)
    return key


def county_aliases(counties):
    """{normalised name: county number code} for every way a county is named."""
    aliases = {}
    for county in counties:
        for name in (
            county.name,
            county.official_name,
            county.development_organisation,
            county.slug,
        ):
            aliases[region_key(name)] = county.number_code
        # "Stockholms län" → "stockholms": the genitive left when "län" is dropped.
        aliases[region_key(county.official_name).removesuffix("s")] = county.number_code
    aliases.update(EXTRA_ALIASES)
    return aliases


def decode(data):
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def detect_delimiter(header_line):
    counts = {delimiter: header_line.count(delimiter) for delimiter in (";", "\t", ",")}
    delimiter, count = max(counts.items(), key=lambda item: item[1])
    return delimiter if count else ","


def parse_value(text):
    """Decimal, None for missing (`..`), or raise ValueError."""
    text = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if text in MISSING:
        return None
    if not text:
        raise ValueError("empty")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    text = text.replace("−", "-")
    try:
        value = Decimal(text)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not value.is_finite():
        raise ValueError(text)
    sign, digits, exponent = value.as_tuple()
    decimals = max(0, -exponent)
    if decimals > MAX_DECIMALS or len(digits) - decimals > MAX_INTEGER_DIGITS:
        raise ValueError(text)
    return value


def parse_year(text):
    text = text.strip()
    if not re.fullmatch(r"\d{4}", text) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise ValueError(text)
    return int(text)


class RegionReader:
    def __init__(self, counties):
        self.aliases = county_aliases(counties)
        self.codes = {county.number_code for county in counties}

    def code(self, text):
        """The county's number code, "00" for the whole country, or raise ValueError."""
        text = text.strip()
        match = CODE_AND_NAME.match(text)
        if match:
            code = match.group(1).zfill(2)
            if code == NATIONAL_CODE or code in self.codes:
                return code
            raise ValueError(text)
        key = region_key(text)
        if key in NATIONAL_NAMES:
            return NATIONAL_CODE
        if key in self.aliases:
            return self.aliases[key]
        raise ValueError(text)


def read_csv(data, counties):
    """Read the file's bytes; return an ImportResult with rows, or with every error found."""
    if len(data) > MAX_FILE_SIZE:
        return ImportResult([], [too_large_message(len(data))])
    text = decode(data)
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        return ImportResult(
            [], ["Filen är tom. Den ska ha en rubrikrad och minst en rad med värden."]
        )
    header_line = next(line for line in lines if line.strip())
    reader = csv.reader(io.StringIO(text), delimiter=detect_delimiter(header_line))
    regions = RegionReader(counties)
    rows, errors = [], []
    header = None
    for line_number, fields in enumerate(reader, start=1):
        if not any(field.strip() for field in fields):
            continue
        if header is None:
            header, header_error = read_header(fields)
            if header_error:
                return ImportResult([], [f"Rad {line_number}: {header_error}"])
            continue
        if len(fields) != header.width:
            errors.append(
                f"Rad {line_number}: {len(fields)} kolumner, men rubrikraden har {header.width}."
            )
            continue
        for year_text, value_text in header.cells(fields):
            row, row_errors = read_cell(
                regions, line_number, fields[header.region], year_text, value_text
            )
            errors += row_errors
            if row is not None:
                rows.append(row)
    if header is None or (not rows and not errors):
        errors.append("Filen har inga rader med värden under rubrikraden.")
    errors += duplicate_errors(rows, {c.number_code: c.name for c in counties})
    return ImportResult(rows if not errors else [], errors)


def too_large_message(size):
    megabytes = f"{size / 1024 / 1024:.1f}".replace(".", ",")
    limit = MAX_FILE_SIZE // 1024 // 1024
    return f"Filen är för stor ({megabytes} MB). Den får vara högst {limit} MB."


@dataclass
class Header:
    width: int
    region: int
    year: int | None = None  # long format: the year column
    value: int | None = None  # long format: the value column
    years: tuple = ()  # wide format: (column, year text) per year column

    def cells(self, fields):
        """(year text, value text) pairs of one line."""
        if self.years:
            return [(year, fields[column]) for column, year in self.years]
        return [(fields[self.year], fields[self.value])]


def read_header(fields):
    """(Header, None) or (None, message) for a header that is not region, year, value."""
    names = [ascii_key(field) for field in fields]
    found = ", ".join(f"'{field.strip()}'" for field in fields)
    expected = (
        "Filen ska ha kolumnerna region, år och värde (eller region och en kolumn per år); "
        f"rubrikraden har {found}."
    )
    if not names or names[0] not in REGION_HEADERS:
        return None, expected
    rest = [field.strip() for field in fields[1:]]
    if rest and all(re.fullmatch(r"\d{4}", year) for year in rest):
        return Header(width=len(fields), region=0, years=tuple(enumerate(rest, start=1))), None
    if len(fields) != 3 or names[1] not in YEAR_HEADERS:
        return None, expected
    return Header(width=3, region=0, year=1, value=2), None


def read_cell(regions, line_number, region_text, year_text, value_text):
    """(ImportedRow or None, [errors]) for one value."""
    errors = []
    code = year = value = None
    try:
        code = regions.code(region_text)
    except ValueError:
        errors.append(f"Rad {line_number}: okänt län '{region_text.strip()}'.")
    try:
        year = parse_year(year_text)
    except ValueError:
        errors.append(
            f"Rad {line_number}: '{year_text.strip()}' är inte ett årtal "
            f"({FIRST_YEAR}–{LAST_YEAR})."
        )
    try:
        value = parse_value(value_text)
    except ValueError:
        shown = value_text.strip()
        if shown:
            errors.append(
                f"Rad {line_number}: värdet '{shown}' är inte ett tal "
                f"(högst {MAX_DECIMALS} decimaler)."
            )
        else:
            errors.append(
                f"Rad {line_number}: värde saknas (skriv .. om uppgiften saknas i källan)."
            )
    if errors:
        return None, errors
    return ImportedRow(line=line_number, county_code=code, year=year, value=value), []


def duplicate_errors(rows, names):
    seen = {}
    errors = []
    for row in rows:
        key = (row.county_code, row.year)
        if key in seen:
            errors.append(
                f"Rad {row.line}: {names.get(row.county_code, 'Riket')} {row.year} "
                f"finns redan på rad {seen[key]}."
            )
        else:
            seen[key] = row.line
    return errors
