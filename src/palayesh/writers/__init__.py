"""Writers: documents out to files. Every writer writes to a temporary name and renames on
``close()``, so a file that exists under its final name is complete (what resuming relies on)."""
from .intermediate import IntermediateReader, IntermediateWriter
from .output import OutputSink

__all__ = ["IntermediateReader", "IntermediateWriter", "OutputSink"]
