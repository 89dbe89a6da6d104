// The one C header ResumeModel sees of Debian's libcmark-gfm (the CommonMark and GFM
// reference parser, as GitHub uses it). Extension node types are run-time globals of
// the extensions library that no installed header declares, so they are declared here
// and read through functions (Swift 6 rejects mutable C globals).
#ifndef RESUME_TUI_CMARKGFM_SHIM_H
#define RESUME_TUI_CMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

extern cmark_node_type CMARK_NODE_TABLE;
extern cmark_node_type CMARK_NODE_TABLE_ROW;
extern cmark_node_type CMARK_NODE_TABLE_CELL;
extern cmark_node_type CMARK_NODE_STRIKETHROUGH;

static inline cmark_node_type cm_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type cm_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type cm_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
static inline cmark_node_type cm_node_strikethrough(void) { return CMARK_NODE_STRIKETHROUGH; }

static inline int cm_opt_sourcepos(void) { return CMARK_OPT_SOURCEPOS; }
static inline int cm_opt_unsafe(void) { return CMARK_OPT_UNSAFE; }
static inline int cm_opt_footnotes(void) { return CMARK_OPT_FOOTNOTES; }

#endif
