"""The official names of public bodies that reference lists cite as authors.

A list that leaves its names open (BMJ's markup) runs a body's name into a title in title
case ("Example Agency of Tests Severe Made-Up Syndrome - Exampleland"); where the list
prints the name nowhere else, nothing in it tells where the name ends
(:mod:`.known_bodies`). The official names of the public bodies most often cited are a
fact that does: each name here is the body's own, as listed by the US government's index
of federal agencies (usa.gov, "A-Z index of U.S. government departments and agencies"),
the United Nations System chart (un.org), and the members of the International
Association of National Public Health Institutes (ianphi.org) and the European Union's
agencies (europa.eu) among them, and the United Kingdom's (gov.uk, "Departments, agencies
and public bodies", with its Parliament's, its devolved governments' and the NHS's bodies
and the older names still cited: BMJ's lists cite them most). Only names of two words or
more that no title opens with.
"""

from __future__ import annotations

import re

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
    # the UK's public bodies (gov.uk), its Parliament's and devolved governments', the NHS's
    "National Institute for Health and Care Excellence",
    "National Institute for Health and Clinical Excellence",
    "Office for National Statistics",
    "UK Statistics Authority",
    "Department of Health and Social Care",
    "Department of Health",
    "Department for Education",
    "Department for Work and Pensions",
    "Department for Transport",
    "Department for Environment, Food & Rural Affairs",
    "Department for Communities and Local Government",
    "Ministry of Housing, Communities and Local Government",
    "Ministry of Justice",
    "Ministry of Defence",
    "Foreign, Commonwealth & Development Office",
    "Home Office",
    "Cabinet Office",
    "HM Treasury",
    "HM Government",
    "HM Revenue & Customs",
    "Office for Health Improvement and Disparities",
    "Medicines and Healthcare products Regulatory Agency",
    "Health and Safety Executive",
    "Health Protection Agency",
    "Food Standards Agency",
    "Care Quality Commission",
    "Health Research Authority",
    "Human Fertilisation and Embryology Authority",
    "National Institute for Health Research",
    "National Institute for Health and Care Research",
    "Health Education England",
    "NHS England",
    "NHS Improvement",
    "NHS Digital",
    "NHS Business Services Authority",
    "NHS Blood and Transplant",
    "NHS Resolution",
    "NHS England and NHS Improvement",
    "Health and Social Care Information Centre",
    "National Audit Office",
    "House of Commons",
    "House of Lords",
    "Parliamentary Office of Science and Technology",
    "Scottish Government",
    "Welsh Government",
    "Public Health Wales",
    "NHS Scotland",
    "NHS Wales",
    "National Records of Scotland",
    "Northern Ireland Statistics and Research Agency",
))  # fmt: skip


# The NHS's trusts, too many to list, each named for its place or hospitals and ending
# "NHS Trust" or "NHS Foundation Trust" (nhs.uk): that ending is where the name ends, before
# a title ("Example Hospitals NHS Foundation Trust Made-Up Annual Report"); the capitals
# "NHS" are no person's initials, "Foundation" is no name's last word
NHS_TRUST = re.compile(
    r"\A[A-Z][\w'’\-]*(?: (?:[A-Z][\w'’\-]*|and|of|the|&)){0,8} NHS (?:Foundation )?Trust"
    r"(?= [A-Z0-9“\"‘])"
)
