"""Writers: documents out to files. Every writer writes to a temporary name and renames on
``close()``, so a file that exists under its final name is complete (what resuming relies on).
:class:`WriteOutput` and :class:`WriteStage` are the sinks that end a stage, :class:`ReadStage`
the source that starts the next."""
from .intermediate import IntermediateReader, IntermediateWriter, ReadStage, WriteStage
from .output import OutputSink, WriteOutput

__all__ = ["IntermediateReader", "IntermediateWriter", "OutputSink", "ReadStage", "WriteOutput", "WriteStage"]
