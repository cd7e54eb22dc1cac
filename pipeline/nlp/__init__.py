"""spaCy pipelines and the rule components: segmentation, dictionary matching, abbreviations, pathways."""
