/* program.h: the Program type (a compiled tape as a Python object): its state, shared by its
 * construction in program.c and its runs in run.c, which release the GIL while C works. */
#ifndef NN_PROGRAM_H
#define NN_PROGRAM_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "tensor.h"

/* Where a program is between calls: backward needs a forward pass over the current data. */
enum nn_state { NN_FRESH, NN_FORWARDED, NN_BACKWARDED, NN_STALE };

typedef struct {
    PyObject_HEAD
    nn_tape tape;
    Py_buffer *leaf; /* per slot: the view of a leaf's buffer (obj NULL for computed slots) */
    int *param;
    size_t nparam, dim;
    int *shared;     /* leaf slots whose buffer is the caller's array, which the caller may write */
    uint64_t *print; /* each one's fingerprint at the last forward(), checked by backward() */
    size_t nshared;
    nn_shape out_shape;
    PyObject *pool;  /* the numpy array holding the pool */
    PyObject *shown; /* the output's read-only view, returned by forward for a non-scalar */
    int state;       /* enum nn_state */
    int busy;        /* a call is running, maybe in another thread with the GIL released */
    int release;     /* enough work per pass to be worth releasing the GIL around it */
    unsigned long long ran; /* the run clock when this program last ran, 0 if never */
    unsigned long thread;   /* the thread that last ran it */
} nn_program;

int nn_program_init(PyObject *module);
/* 0 with self marked busy and ran stamped, or -1 with NNError if another thread runs it. */
int nn_program_enter(nn_program *self);
PyObject *nn_program_forward(nn_program *self, PyObject *unused);
PyObject *nn_program_backward(nn_program *self, PyObject *const *args, Py_ssize_t nargs);
PyObject *nn_program_minimize(nn_program *self, PyObject *args);
PyObject *nn_program_hvp(nn_program *self, PyObject *arg);

#endif
