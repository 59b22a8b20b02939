# Two commands a new user needs: `make serve` and `make test`. Both set everything up first.
#   make serve     build and serve the site at http://127.0.0.1:8000
#   make test      the whole suite: strict build, published blocks, guard, units, site, browser
#   make build     the static site in site/
#   make build-offline  the site for reading from file:// (search included) in site-offline/
#   make build-properdocs  the same site built by ProperDocs (the maintained MkDocs 1.x fork)
#                  in site-properdocs/; the tests prove its pages identical to MkDocs'
#   make pages     rewrite the generated pages in docs/ (questions index, errata, cheat sheet,
#                  self-test, API reference) after changing a question page or snippets/
#   make outputs   rewrite snippets/outputs/*.txt from real runs (after changing a program)
#   make figures   redraw docs/assets/figures/*.svg from snippets/qNN_fig_*.py
#   make test-matrix  published programs and snippet unit tests under the oldest and the newest
#                  NumPy that pyproject.toml admits (outputs must not change)
#   make test-torch  the building blocks and every analytic gradient of snippets/ against PyTorch
#                  autograd (float64), in .venv-torch; TORCH_TESTS=tests/torch/test_x.py for one file
#   make sync-blocks  rewrite the programs' copies of the building blocks from snippets/nn/
#   make bench     measure build, test suite, harness overhead, page weight, search index,
#                  web vitals and Lighthouse; print a table and write bench/results.json
#   make lint      ruff check + format check
#   make lock      re-pin requirements/*.txt from pyproject.toml (needs the registry)
#   make clean     remove build output and virtual environments

SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
RUNTIME_VENV := .venv-runtime
BIN := $(VENV)/bin
export DISABLE_MKDOCS_2_WARNING := true
export NO_MKDOCS_2_WARNING := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1
# One BLAS thread per process: the suite runs on every core already (pytest -n 2).
export OPENBLAS_NUM_THREADS := 1
export OMP_NUM_THREADS := 1

.PHONY: install serve build build-offline build-properdocs test test-matrix test-torch sync-blocks bench pages outputs figures lint format lock clean check-python

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  echo "error: Python 3.11 or newer is needed as '$(PYTHON)' (Debian: apt-get install python3 python3-venv)"; exit 1; }
	@$(PYTHON) -c 'import venv, ensurepip' 2>/dev/null || { \
	  echo "error: '$(PYTHON)' lacks venv/ensurepip (Debian: apt-get install python3-venv)"; exit 1; }

# The stamp is written last, so an interrupted install is redone from scratch next time. The build
# imports this checkout's `tools` (the MathML Markdown extension, `make pages`): a .pth file puts
# the checkout on the venv's path, relative to the venv, so that `mkdocs` run from anywhere finds it.
$(VENV)/.installed: requirements/dev.txt | check-python
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"
	$(BIN)/python -m pip install --quiet --require-virtualenv -r requirements/dev.txt
	$(BIN)/python -c 'import os, sysconfig; lib = sysconfig.get_path("purelib"); \
	  open(os.path.join(lib, "dl_interview_answers.pth"), "w").write(os.path.relpath(".", lib) + "\n")'
	touch $@

# Published programs run here: NumPy and Matplotlib only, nothing of the project (promise P2).
$(RUNTIME_VENV)/.installed: requirements/runtime.txt | check-python
	rm -rf $(RUNTIME_VENV)
	$(PYTHON) -m venv $(RUNTIME_VENV)
	$(RUNTIME_VENV)/bin/python -m pip install --quiet --require-virtualenv -r requirements/runtime.txt
	touch $@

install: $(VENV)/.installed $(RUNTIME_VENV)/.installed

build: $(VENV)/.installed
	$(BIN)/python -m mkdocs build --strict

build-offline: $(VENV)/.installed
	OFFLINE=true $(BIN)/python -m mkdocs build --strict -f mkdocs.offline.yml

build-properdocs: $(VENV)/.installed
	$(BIN)/python -m properdocs build --strict -f mkdocs.yml -d site-properdocs

serve: $(VENV)/.installed
	$(BIN)/python -m mkdocs serve --strict -a 127.0.0.1:8000

test: install
	$(BIN)/python -m pytest -n 2 --dist loadgroup

# The oldest NumPy pyproject.toml admits (`numpy>=1.26`); tests/test_repository.py keeps them equal.
NUMPY_OLDEST := 1.26.4
OLDEST_VENV := .venv-numpy-oldest

$(OLDEST_VENV)/.installed: requirements/runtime.txt Makefile | check-python
	rm -rf $(OLDEST_VENV)
	$(PYTHON) -m venv $(OLDEST_VENV)
	$(OLDEST_VENV)/bin/python -m pip install --quiet --require-virtualenv -r requirements/runtime.txt
	$(OLDEST_VENV)/bin/python -m pip install --quiet --require-virtualenv "numpy==$(NUMPY_OLDEST)" \
	  "pytest==$$(sed -n 's/^pytest==//p' requirements/dev.txt)" \
	  "pytest-timeout==$$(sed -n 's/^pytest-timeout==//p' requirements/dev.txt)"
	touch $@

# Each NumPy runs every published block (output compared with the page) and the unit tests
# and doctests of snippets/ (they need only NumPy and pytest: --noconftest, with the `rng` fixture
# loaded as a plugin, -p tests.support.seeding). The runtime venv holds
# no pytest (published programs get NumPy and Matplotlib only), so its NumPy's unit tests run in
# .venv, which pins the same NumPy (tests/test_repository.py). `RUNTIME_PYTHON=/path/to/python
# make test-matrix` runs the same checks under that interpreter only (it needs pytest too).
MATRIX_PYTHONS := $(if $(RUNTIME_PYTHON),$(RUNTIME_PYTHON),$(RUNTIME_VENV)/bin/python $(OLDEST_VENV)/bin/python)

test-matrix: install $(if $(RUNTIME_PYTHON),,$(OLDEST_VENV)/.installed)
	@for python in $(MATRIX_PYTHONS); do \
	  [ -x "$$python" ] && [ ! -d "$$python" ] || { echo "error: RUNTIME_PYTHON=$$python: no Python interpreter there"; exit 1; }; \
	  units=$$python; [ "$$python" = "$(RUNTIME_VENV)/bin/python" ] && units=$(BIN)/python; \
	  echo "== NumPy $$($$python -c 'import numpy; print(numpy.__version__)') ($$python): published blocks"; \
	  RUNTIME_PYTHON=$$python $(BIN)/python -m pytest -q -n 2 -p no:cacheprovider \
	    tests/test_published_blocks.py || exit 1; \
	  echo "== NumPy $$($$units -c 'import numpy; print(numpy.__version__)') ($$units): unit tests and doctests of snippets/"; \
	  $$units -m pytest -q -p no:cacheprovider --noconftest -p tests.support.seeding -o addopts= \
	    --import-mode=importlib --doctest-modules tests/snippets tests/nn snippets || exit 1; \
	done

# Test layer 6 (README), kept out of `make test` (pyproject.toml's norecursedirs) to keep that fast:
# NumPy, torch (CPU build) and pytest only. --confcutdir: tests/conftest.py needs the docs stack.
TORCH_VENV := .venv-torch
TORCH_TESTS ?= tests/torch

$(TORCH_VENV)/.installed: requirements/torch.txt | check-python
	rm -rf $(TORCH_VENV)
	$(PYTHON) -m venv $(TORCH_VENV)
	$(TORCH_VENV)/bin/python -m pip install --quiet --require-virtualenv -r requirements/torch.txt
	touch $@

test-torch: $(TORCH_VENV)/.installed
	$(TORCH_VENV)/bin/python -m pytest -p no:cacheprovider --confcutdir tests/torch $(TORCH_TESTS)

sync-blocks: $(VENV)/.installed
	$(BIN)/python -m tools.sync_blocks

bench: install
	$(BIN)/python -m tools.bench

pages: $(VENV)/.installed
	$(BIN)/python -m tools.generate_pages

outputs: install
	$(BIN)/python -m tools.write_outputs

figures: $(VENV)/.installed
	$(BIN)/python -m tools.make_figures

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: $(VENV)/.installed
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras \
	  --extra docs --extra test -o requirements/dev.txt pyproject.toml
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras \
	  -o requirements/runtime.txt requirements/runtime.in
	$(BIN)/pip-compile --quiet --no-emit-index-url --no-emit-find-links --strip-extras \
	  -o requirements/torch.txt requirements/torch.in

clean:
	rm -rf site site-offline site-properdocs bench/node_modules .pytest_cache .ruff_cache $(VENV) $(RUNTIME_VENV) $(OLDEST_VENV) \
	  $(TORCH_VENV)
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
