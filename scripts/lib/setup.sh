# Set-up shared by the project's scripts (sourced, not run): what a fresh Debian or
# Ubuntu machine lacks is installed, Debian packages with apt-get (as root, or through
# sudo) and Python packages into a virtual environment of the project's own, `.venv`,
# because a stock Debian refuses system-wide Python packages ("externally-managed-
# environment").

# need_packages COMMAND-OR-PATH:PACKAGE ... installs each PACKAGE whose command (or file,
# when it starts with /) is missing.
need_packages() {
  local missing=() item probe package
  for item in "$@"; do
    probe=${item%%:*}
    package=${item#*:}
    if [[ $probe == /* ]]; then [ -e "$probe" ] && continue; else command -v "$probe" >/dev/null 2>&1 && continue; fi
    missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  install_packages "${missing[@]}"
}

# install_packages PACKAGE ... with apt-get, as root or through sudo; says what to run otherwise.
install_packages() {
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      apt=(sudo apt-get)
    else
      echo "$(basename "$0"): these Debian packages are missing: $*" >&2
      echo "$(basename "$0"): install them as root (apt-get install $*), then run this again" >&2
      exit 1
    fi
  fi
  echo "$(basename "$0"): installing $*" >&2
  "${apt[@]}" update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq "$@" >/dev/null
}

# need_build_packages: the C libraries the program builds against (ncursesw, cmark-gfm
# with its GFM extensions) and pkg-config, which SwiftPM asks for their flags.
need_build_packages() {
  need_packages pkg-config:pkg-config \
    /usr/include/ncursesw/curses.h:libncurses-dev \
    /usr/include/cmark-gfm.h:libcmark-gfm-dev \
    /usr/include/cmark-gfm-core-extensions.h:libcmark-gfm-extensions-dev
}

# python_venv MODULE[=PIP-NAME] ... makes `.venv` (once), installs each missing module's
# package into it, and puts it first on PATH, so `python3` in this script and in
# everything it starts (the tests) is the venv's.
python_venv() {
  local venv="$PWD/.venv" spec module package missing=()
  need_packages python3:python3
  if ! [ -x "$venv/bin/python3" ]; then
    # Debian keeps venv (and the pip it seeds) in a package of its own.
    python3 -m venv "$venv" >/dev/null 2>&1 || { rm -rf "$venv"; install_packages python3-venv; python3 -m venv "$venv"; }
  fi
  export VIRTUAL_ENV="$venv"
  export PATH="$venv/bin:$PATH"
  for spec in "$@"; do
    module=${spec%%=*}
    package=${spec#*=}
    python3 -c "import $module" 2>/dev/null || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "$(basename "$0"): installing ${missing[*]} into .venv" >&2
    "$venv/bin/python3" -m pip install -q --disable-pip-version-check "${missing[@]}"
  fi
}

# release_build ARGS...: `swift build` of the binary to deploy, as scripts/build-release,
# bench, spike and size all build it: release, the Swift runtime linked in, cmark-gfm
# from its static archives (RESUME_TUI_STATIC_CMARK, see Package.swift), and linked by
# the toolchain's lld with packed relative relocations (RELR, glibc 2.36 and later):
# the position-independent binary's 106,000 relocations then take 20 KB instead of
# 2.5 MB, and every start reads that much less (bench/RESULTS.md, "Start-up"). Without
# SwiftPM's RUNPATH $ORIGIN: nothing is shipped beside the binary, and the loader would
# look there first for each system library (about 20 failed openat calls a start).
#
# Two more flags, both for the start (bench/RESULTS.md, "Start-up"):
# - the compiler passes each concrete generic type's witness tables itself, where by
#   default it names the type for the runtime to decode, and the runtime then looks
#   each requirement up by scanning every protocol conformance in the binary;
# - no symbol is exported. The toolchain's static-stdlib arguments export every public
#   symbol of every module (21,000), and `dladdr`, which the Swift runtime calls at
#   start, walks that table. Nothing loads symbols from the binary by name.
#
# And a static PIE (RESUME_TUI_STATIC_PIE, see Package.swift): glibc, ncursesw, libstdc++
# and libgcc linked in too, still position-independent. A start then maps no shared
# library and looks up no symbol: 2.7 ms of CPU instead of 4.6-5.5 for `--plain`
# (bench/RESULTS.md, "Start-up"), and the host needs nothing installed.
release_build() {
  RESUME_TUI_STATIC_CMARK=1 RESUME_TUI_STATIC_PIE=1 swift build -c release --static-swift-stdlib \
    --disable-local-rpath -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors \
    -Xswiftc -use-ld=lld -Xlinker -z -Xlinker pack-relative-relocs -Xlinker --no-export-dynamic "$@"
}
