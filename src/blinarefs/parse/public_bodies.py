"""The official names of public bodies that reference lists cite as authors.

A list that leaves its names open (BMJ's markup) runs a body's name into a title in title
case ("Example Agency of Tests Severe Made-Up Syndrome - Exampleland"); where the list
prints the name nowhere else, nothing in it tells where the name ends
(:mod:`.known_bodies`). The official names of the public bodies most often cited are a
fact that does: each name here is the body's own, as listed by the US government's index
of federal agencies (usa.gov, "A-Z index of U.S. government departments and agencies"),
the United Nations System chart (un.org), and the members of the International
Association of National Public Health Institutes (ianphi.org) and the European Union's
agencies (europa.eu) among them. Only names of two words or more that no title opens with.
"""

from __future__ import annotations

PUBLIC_BODIES = frozenset((
    # US federal agencies (usa.gov)
    "Centers for Disease Control and Prevention",
    "National Institutes of Health",
    "Food and Drug Administration",
    "US Food and Drug Administration",
    "U.S. Food and Drug Administration",
    "Agency for Healthcare Research and Quality",
    "Centers for Medicare & Medicaid Services",
    "Centers for Medicare and Medicaid Services",
    "Substance Abuse and Mental Health Services Administration",
    "Health Resources and Services Administration",
    "National Cancer Institute",
    "National Institute of Mental Health",
    "National Institute on Drug Abuse",
    "National Institute on Alcohol Abuse and Alcoholism",
    "National Center for Health Statistics",
    "National Institute for Occupational Safety and Health",
    "Agency for Toxic Substances and Disease Registry",
    "Environmental Protection Agency",
    "US Environmental Protection Agency",
    "U.S. Environmental Protection Agency",
    "US Census Bureau",
    "U.S. Census Bureau",
    "Bureau of Labor Statistics",
    "Department of Health and Human Services",
    "US Department of Health and Human Services",
    "U.S. Department of Health and Human Services",
    "Department of Veterans Affairs",
    # the United Nations system (un.org)
    "World Health Organization",
    "Pan American Health Organization",
    "International Agency for Research on Cancer",
    "Joint United Nations Programme on HIV/AIDS",
    "United Nations Children's Fund",
    "United Nations Development Programme",
    "United Nations Population Fund",
    "United Nations High Commissioner for Refugees",
    "United Nations Office on Drugs and Crime",
    "United Nations Environment Programme",
    "Food and Agriculture Organization of the United Nations",
    "World Food Programme",
    "International Labour Organization",
    # national public-health institutes (ianphi.org) and EU agencies (europa.eu)
    "Public Health England",
    "UK Health Security Agency",
    "Public Health Scotland",
    "Public Health Agency of Canada",
    "Robert Koch Institute",
    "Chinese Center for Disease Control and Prevention",
    "Africa Centres for Disease Control and Prevention",
    "Korea Disease Control and Prevention Agency",
    "National Institute for Public Health and the Environment",
    "European Centre for Disease Prevention and Control",
    "European Medicines Agency",
    # the UK's public bodies for health care and statistics (gov.uk)
    "National Institute for Health and Care Excellence",
    "Office for National Statistics",
    "Department of Health and Social Care",
    "NHS England",
))  # fmt: skip
