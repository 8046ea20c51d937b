/* fuse.h: runs of elementwise instructions fused into one pass over cache-sized blocks (numexpr's
 * technique): intermediates live in a per-thread scratch block, backward recomputes them. */
#ifndef NN_FUSE_H
#define NN_FUSE_H
#include "tape.h"

/* Elements per block: a member's value and gradient blocks of a few-op chain stay in L1. */
#define NN_BLOCK 512

/* Finds the groups (runs of one length >= fuse_min, not broadcasting rows or columns), marks
 * the members nothing outside their group reads (nor keep[] names) as fused away, and
 * allocates the scratch; 0, or -1 when out of memory. */
int nn_fuse_plan(nn_tape *t, const char *keep, size_t fuse_min);
void nn_group_forward(const nn_tape *t, const nn_group *g);
/* Adds the group's gradients into its operands, as its instructions one by one would. */
void nn_group_backward(const nn_tape *t, const nn_group *g);

#endif
