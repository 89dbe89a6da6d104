"""Attributes a binary's bytes to the modules that put them there, from a linker map
(lld's, as scripts/build-release links, or GNU ld's and gold's).

Each input section in the map's memory map names the object it came from: an archive
member (`libFoundation.a(Data.swift.o)`: the archive is the module) or one of SwiftPM's
objects (`.build/.../release/NIOCore.build/X.swift.o`: the target is the module).
Sections that don't reach the stripped binary (debug info, comments) are left out, so
the modules add up to about the stripped size minus the tables the linker makes itself
(relocations, symbol tables, unwind index).
"""
import argparse
import collections
import os
import re
import subprocess

# lld: "VMA LMA Size Align" then, for an input section, its file and `:(section)`.
LLD_INPUT = re.compile(r"^\s*[0-9a-f]+\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+ {9}(\S.*):\(([^)]*)\)\s*$")
# GNU: an output section's input sections, their size in hex after the address.
SECTION = re.compile(r"^ (\.\S+|swift5_\S+)\s*$")
INPUT = re.compile(r"^\s+(?:(\.\S+|swift5_\S+)\s+)?0x([0-9a-f]+)\s+0x([0-9a-f]+)\s+(\S+)")
# .bss takes no room in the file.
DROPPED = (".debug", ".comment", ".note", ".gnu_debug", ".stab", ".bss", ".tbss")


def module_of(source):
    archive = re.search(r"lib([^/]+)\.a\(", source)
    if archive:
        return archive.group(1)
    if ".build/" in source and "/release/" in source:
        return source.split("/release/")[-1].split(".build/")[0]
    return source.rsplit("/", 1)[-1]


def modules(map_path):
    with open(map_path, errors="replace") as lines:
        if lines.readline().split()[:4] == ["VMA", "LMA", "Size", "Align"]:
            return lld_modules(lines)
    return gnu_modules(map_path)


def lld_modules(lines):
    totals = collections.Counter()
    for line in lines:
        found = LLD_INPUT.match(line)
        if found and not found.group(3).startswith(DROPPED) and not found.group(2).startswith("<internal>"):
            totals[module_of(found.group(2))] += int(found.group(1), 16)
    return totals


def gnu_modules(map_path):
    totals = collections.Counter()
    pending = None
    in_memory_map = False
    with open(map_path, errors="replace") as lines:
        for line in lines:
            if line.startswith("Memory map") or line.startswith("Linker script and memory map"):
                in_memory_map = True
                continue
            if not in_memory_map:
                continue
            # A long section name sits on a line of its own, its address on the next.
            named = SECTION.match(line)
            if named:
                pending = named.group(1)
                continue
            found = INPUT.match(line)
            if not found:
                continue
            name = found.group(1) or pending
            pending = None
            if name is None or name.startswith(DROPPED):
                continue
            totals[module_of(found.group(4))] += int(found.group(3), 16)
    return totals


def sections(binary):
    out = subprocess.run(["size", "-A", binary], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1].isdigit() and parts[0] != "Total":
            rows.append((parts[0], int(parts[1])))
    return sorted(rows, key=lambda row: -row[1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--binary", required=True, help="the stripped binary")
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()

    size = os.path.getsize(args.binary)
    by_module = modules(args.map)
    by_section = sections(args.binary)
    mb = lambda n: f"{n / 1e6:.2f}"
    top = by_module.most_common(args.top)
    rest = sum(by_module.values()) - sum(n for _, n in top)
    tables = [("section", "by section (stripped)", by_section[:args.top]),
              ("module", "by module (from the linker's map)", top + [("everything else", rest)])]
    if args.markdown:
        print(f"Stripped binary: {mb(size)} MB")
        for column, _, rows in tables:
            print(f"\n| {column} | MB |\n|---|---:|")
            for name, n in rows:
                print(f"| {name} | {mb(n)} |")
        return
    print(f"stripped binary: {mb(size)} MB")
    for _, title, rows in tables:
        print(f"\n{title}:")
        for name, n in rows:
            print(f"  {mb(n):>8} MB  {name}")

if __name__ == "__main__":
    main()
