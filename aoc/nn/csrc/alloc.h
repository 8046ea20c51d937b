/* alloc.h: 64-byte aligned buffers, sizes rounded up to whole cache lines so every slot of a
 * pool starts aligned; blocks are freed with nn_free and never realloc'd. */
#ifndef NN_ALLOC_H
#define NN_ALLOC_H
#include <stddef.h>

#define NN_ALIGN 64
/* Doubles per cache line: pool slots are padded to a multiple of this. */
#define NN_LINE_DOUBLES (NN_ALIGN / sizeof(double))

size_t nn_round_up(size_t ndoubles);
double *nn_alloc(size_t ndoubles, int zero);
void nn_free(double *p);

#endif
