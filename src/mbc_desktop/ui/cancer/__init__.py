"""About my cancer: receptors and the subtype worked out from them, biomarkers, where it has
spread, and the treatment history."""
