"""YAML (safe tags only, no aliases) whose mappings remember their lines, so that an
error can point at the line of the value that is wrong."""

from __future__ import annotations

from pathlib import Path

import yaml

from newsdb.readers.errors import InputError, not_text, one_line, short


def load_yaml(text: str, path: Path, what: str, first_line: int = 1):
    """YAML (safe tags only) with every problem as an InputError at its file line.
    Aliases (*name) are refused: a few hundred bytes of them expand to gigabytes."""
    if "*" in text:
        _refuse_aliases(text, path, what, first_line)
    try:
        try:
            return yaml.load(text, Loader=_FastLineLoader)
        except yaml.YAMLError:  # read again for the pure-Python parser's clearer message
            return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        line = _yaml_line(exc)
        line = line + first_line - 1 if line else None
        raise InputError(path, f"{what}: {_yaml_problem(exc)}", line) from exc
    except RecursionError as exc:
        raise InputError(path, f"{what}: nested too deeply", first_line) from exc


def _refuse_aliases(text: str, path: Path, what: str, first_line: int) -> None:
    try:
        for event in yaml.parse(text, Loader=_FastLineLoader):
            if isinstance(event, yaml.AliasEvent):
                raise InputError(
                    path,
                    f"{what}: YAML aliases (*{event.anchor}) are not allowed: write the value out",
                    event.start_mark.line + first_line,
                )
    except yaml.YAMLError:
        return  # the load that follows reports it, with the clearer message


class _Lines:
    """A safe YAML loader that records each mapping's line under '__line__', and the line of
    each of its values under '__lines__' (key → line), for errors that point at them.

    A value YAML cannot build ("2025-13-45" as a date, `!!int abc`) is a YAMLError
    at its line, not a crash; an impossible unquoted date stays text, so the
    caller can say it is not a date.
    """

    def construct_object(self, node, deep=False):
        try:
            value = super().construct_object(node, deep=deep)
        except (yaml.YAMLError, RecursionError):
            raise
        except Exception as exc:  # ValueError, AttributeError… from a tagged scalar
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"cannot read {short(node.value)} ({one_line(exc)})",
                node.start_mark,
            ) from exc
        problem = not_text(value)
        if problem:
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark)
        return value

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, AttributeError):  # 2025-02-30, `!!timestamp soon`
            return self.construct_scalar(node)

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        mapping["__lines__"] = {
            key.value: value.start_mark.line + 1
            for key, value in node.value
            if isinstance(key, yaml.ScalarNode)
        }
        return mapping


def _yaml_line(exc: yaml.YAMLError) -> int | None:
    """Where the broken construct starts (an unclosed '['), else where parsing failed."""
    mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
    return mark.line + 1 if mark is not None else None


def _yaml_problem(exc: yaml.YAMLError) -> str:
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if problem == "mapping values are not allowed here":  # title: Télécoms : Halden…
        problem += " (a value with ': ' in it needs quotes)"
    return problem


class _LineLoader(_Lines, yaml.SafeLoader):
    """Pure Python: slower, with the clearer error messages."""


class _FastLineLoader(_Lines, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """libyaml's parser (when PyYAML has it): used first, ten times faster on facts files."""


for _loader in (_LineLoader, _FastLineLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", _Lines.construct_yaml_timestamp)
