"""The public surface: a sorted, complete __all__ and an error tree."""

import timeline
from timeline import errors


def test_all_is_sorted_and_importable() -> None:
    assert timeline.__all__ == sorted(timeline.__all__)
    for name in timeline.__all__:
        assert hasattr(timeline, name), name


def test_errors_are_value_errors_too() -> None:
    for cls in (errors.PublishedDateError, errors.InputError, errors.LanguageDataError):
        assert issubclass(cls, errors.TimelineError) and issubclass(cls, ValueError)


def test_input_and_output_errors() -> None:
    assert issubclass(errors.ColumnsError, errors.InputError)
    assert issubclass(errors.OutputError, errors.TimelineError) and issubclass(errors.OutputError, ValueError)
    assert issubclass(errors.TimelineWarning, UserWarning)
