"""Dutch (Belgium): the words filings' Dutch documents use outside their templates."""

from __future__ import annotations

LOCALE = "nl_BE"

# What the shield prints where the victim typed data an audience may not see.
SHIELDED = {
    "address": "[adres afgeschermd]",
    "phone": "[contactgegeven afgeschermd]",
    "email": "[contactgegeven afgeschermd]",
    "national_number": "[rijksregisternummer afgeschermd]",
}

# Per document kind (filings.plan.kinds): its file stem and title, and what the guide
# says of it: what it is for, who signs it, where it goes.
DOCUMENTS = {
    "guide": dict(
        stem="lees-eerst-gids", title="Gids bij de documenten",
        purpose="uitleg bij elk document en wat u nu doet", signer="niemand",
        destination="voor uzelf en wie u helpt"),
    "complaint": dict(
        stem="klacht", title="Klacht wegens belaging",
        purpose="de feiten aangeven zodat een proces-verbaal wordt opgesteld",
        signer="uzelf, na het verhoor (u mag uw verklaring herlezen en verbeteren)",
        destination="het politiekantoor (of het parket, bij een schriftelijke klacht)"),
    "injured_party_declaration": dict(
        stem="verklaring-benadeelde-persoon", title="Verklaring van benadeelde persoon",
        purpose="op de hoogte blijven van het strafdossier en stukken toevoegen", signer="uzelf",
        destination="het secretariaat van het parket; vraag de politie de wens ook in het PV te noteren"),
    "contact_sheet": dict(
        stem="contactgegevens-vertrouwelijk", title="Contactgegevens (vertrouwelijk)",
        purpose="uw adres en contactgegevens buiten het dossier houden", signer="uzelf",
        destination="enkel de politie, apart van de klacht"),
    "summons": dict(
        stem="dagvaarding-kort-geding", title="Dagvaarding in kort geding (ontwerp)",
        purpose="een straatverbod en contactverbod met dwangsom vragen aan de voorzitter van de rechtbank",
        signer="de gerechtsdeurwaarder (exploot) en uw advocaat",
        destination="uw advocaat, die het aan een gerechtsdeurwaarder bezorgt"),
    "petition": dict(
        stem="eenzijdig-verzoekschrift", title="Eenzijdig verzoekschrift (ontwerp)",
        purpose="bij volstrekte noodzakelijkheid een verbod vragen zonder de tegenpartij eerst op te roepen",
        signer="uw advocaat (verplicht)",
        destination="de griffie van de rechtbank, in twee exemplaren, door uw advocaat"),
    "witness_statement": dict(
        stem="getuigenverklaring", title="Schriftelijke getuigenverklaring",
        purpose="wat een getuige zelf zag of hoorde, voor de rechtbank",
        signer="de getuige, met de hand geschreven en met een kopie van de identiteitskaart",
        destination="terug naar u of uw advocaat"),
    "evidence_index": dict(
        stem="inventaris-van-stukken", title="Inventaris van stukken",
        purpose="de genummerde lijst van alle stukken, met hun vingerafdruk", signer="niemand",
        destination="bij de klacht, de dagvaarding of het verzoekschrift"),
    "logbook": dict(
        stem="logboek", title="Logboek",
        purpose="alle feiten in chronologische volgorde", signer="niemand",
        destination="politie, advocaat en rechtbank; houd het verder bij"),
}
