"""Text layer: normalisation with offsets into the original file, blocks, sections, sentences."""
