#ifndef RESUME_TUI_CPTY_H
#define RESUME_TUI_CPTY_H
int cpty_placeholder(void);
#endif
