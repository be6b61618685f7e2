"""What the words next to a number say about it: a unit or a label it belongs to, a word
that governs a quantity, or one that goes on after a citation. Word lists only, shared by
the decoders of flattened superscripts (:mod:`blinarefs.trace.sitting`)."""

from __future__ import annotations

from .candidates import MONTHS, words

# An amino acid's three letters: a residue of a protein and its position ("Lys7, Arg8",
# "Ser^473^"), not a word a citation is glued to
RESIDUES = words("ala arg asn asp cys gln glu gly his ile leu lys met phe pro ser thr trp tyr val")
# Glued to these, digits are part of a unit or a label, not a superscript.
UNIT_WORDS = words("log ln mmol umol nmol mol kg mg ug mcg ng pg dl ml cm mm km sec min hr hrs")
LABEL_WORDS = words("figure fig table tab ref refs no vol page eq") | words(
    "figura tabela tabla quadro cuadro"  # Portuguese and Spanish: "na Figura1" lost its space
)
# These label a number too ("day7", "stage4"), but a run glued to them at a clause end may
# be a superscript ("the cancer-immunity cycle7, 8, 9."): weak, for the order to decide.
# Singular only: a plural labels its numbers after a space ("days 1–5"), and digits glued
# to it cite as after any word ("for 14 days47 and", "years", "weeks").
QUANTITY_WORDS = words("day week cycle grade stage phase arm type version visit step level class")
# Abbreviations whose period is followed by a number that is not a citation ("Fig.2").
LABEL_ABBREVIATIONS = words(
    "fig figs no nos vol ref refs eq eqs p pp approx ca cf vs tab exp expt suppl sect sec ch"
)
# Nouns that name a quantity and take its value bare after them: after a determiner ("by a
# factor 3.", "a magnitude 4 event", "the coefficient 12."), a number is the quantity's
# value; not after a qualifier ("a key factor 41,49.", "the Sørensen Index 14"), nor after a
# plural ("transcription factors 24–26."), where it is a citation a copy spaced.
QUANTITY_NAMES = words(
    "factor magnitude multiplier coefficient exponent power order degree rank fold dilution "
    "magnification value threshold index"
) | words("fator coeficiente expoente ordem grau valor índice")
DETERMINERS = words("a an the this that its their each um uma o a el la un una")
# After a space, numbers governed by these words are quantities or labels, not citations.
QUANTITY_GOVERNORS = (
    words(
        "aged age ages day days week weeks month months year years cycle cycles grade grades "
        "stage stages phase phases arm arms group groups cohort cohorts dose doses level levels "
        "range ranged ranging ratio figures figs tables pages page pp p n no nos to from between "
        "and or of than in on at by for with was were is are be been approximately "
        "about around nearly over under up vs versus version versions line lines chapter "
        "chapters section sections step steps visit visits type types class classes hr ci or "
        "score scores median mean total only first last next ph"
    )
    # labels of a text's own numbered things: "Additional file 3:", "as in Equation 6,"
    | words(
        "file files equation equations position compound member haplotype chromosome "
        "chromosomes exon exons item items dataset dimension component"
    )
    | MONTHS
    # the same in Portuguese and Spanish, which many open-access journals print
    | words("de do da dos das em no na nos nas foi foram era é e a o ou com por para entre")
    | words("del en el la los las fue fueron es y con entre")
    # and their labels of numbered things: "diabetes tipo 2", "modelo 3", "o século 20"
    | words(
        "tipo tipos grupo grupos fase fases classe classes clase clases etapa etapas "
        "modelo modelos versão versões versión capítulo seção sección século séculos siglo siglos"
    )
    # a quantifier before a count, as "only" ("apenas 5 mostraram melhora")
    | words("apenas somente sólo")
)

# The function words a clause goes on with after a glued superscript ("cases.4and",
# "plans31in"), as a pattern's alternation: the readers of glued runs anchor it their way
CLAUSE_WORDS = (
    "and|or|but|in|of|the|to|with|which|that|was|were|is|are|for|from|by|as|"
    "de|da|do|dos|das|em|que|para|com|y|en|el|la|los|las|del"
)

# What follows a superscript a copy spaced in mid-clause ("in England 22 and the United
# States", "in Brazil, 24 have fewer"), and seldom a count ("22 patients", "3 times").
FOLLOWERS = words(
    "and or but nor which who whose where while whereas although though because these this "
    "those that their its it they we have has had were was is are found showed shown reported "
    "suggested demonstrated observed described both also however show shows report reports "
    "suggest suggests demonstrate demonstrates propose proposed proposes argue argued argues "
    "note noted notes the a an so thus there our may can could will would including "
    "suggesting using based even despite such due rather into through providing allowing "
    "resulting indicating"
)
# ... and the same in Portuguese and Spanish, which many open-access journals print ("na
# agronomia 6  e foi", "nas hortas 19  que usam", "en Chile 8  y los"): conjunctions,
# relatives, determiners and the verbs a cited clause goes on with; not "de", "em", "en"
# ("5 de março", "3 em cada 10": a date's or a share's), nor the past and plural of "to be",
# which a count is the subject of ("dos quais 22,3 foram", "12 son mujeres")
FOLLOWERS |= words(
    "e ou mas que onde quando porém embora enquanto também é tem têm há "
    "o os as um uma seu sua seus suas este esta estes estas esse essa esses essas "
    "mostrou mostraram demonstrou demonstraram observou observaram relatou relataram "
    "sugere sugerem sugeriu encontrou encontraram"
) | words(
    "y pero donde cuando aunque mientras es tiene tienen hay el la los las "
    "una su sus estos estas mostró mostraron demostró demostraron observó observaron "
    "encontró encontraron sugiere sugieren"
)
