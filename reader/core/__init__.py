"""The Qt-free core: document model, readings, annotations, export."""
