/* tensor.h: the binding's view of tensors: shapes of up to two dimensions, inputs borrowed from
 * any float64 buffer, and new 64-byte aligned numpy arrays. */
#ifndef NN_TENSOR_H
#define NN_TENSOR_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include "tape.h"

/* PY_SSIZE_T_MAX needs POSIX's SSIZE_MAX, which -std=c11 hides. */
#define NN_SSIZE_MAX ((Py_ssize_t)(SIZE_MAX >> 1))

typedef struct {
    int ndim;
    Py_ssize_t dim[2];
} nn_shape;

/* A float64 operand: a borrowed C-contiguous buffer (copied first when it was not), or a scalar. */
typedef struct {
    Py_buffer view;
    int has_view;
    double scalar;
    double *data;
    nn_shape shape;
} nn_input;

extern PyObject *nn_NNError;

int nn_tensor_init(PyObject *module);
int nn_input_get(PyObject *obj, nn_input *in);
void nn_input_release(nn_input *in);
nn_slot nn_slot_of(const nn_shape *s, double *data);
/* The element count, or -1 for a negative dimension or a count that would overflow (checked
 * before multiplying); nn_shape_check turns those into NNError. */
static inline Py_ssize_t nn_shape_size(const nn_shape *s)
{
    const Py_ssize_t rows = s->ndim > 0 ? s->dim[0] : 1, cols = s->ndim > 1 ? s->dim[1] : 1;
    if (rows < 0 || cols < 0 || (cols && rows > NN_SSIZE_MAX / cols))
        return -1;
    return rows * cols;
}
/* 0, or -1 with NNError when s has a negative dimension or more bytes than memory can hold. */
int nn_shape_check(const nn_shape *s);
/* 0, or -1 with NNError when y's n doubles partly overlap in's data (exactly equal is fine). */
int nn_check_overlap(const double *y, Py_ssize_t n, const nn_input *in);
/* PEP 3118 format strings: 1 for a native or little-endian float64. */
int nn_is_float64(const char *format);

PyObject *nn_shape_tuple(const nn_shape *s);
int nn_shape_from(PyObject *tuple, nn_shape *s);
/* A new aligned numpy array of shape s (contents undefined unless zero), its data in *data. */
PyObject *nn_array_new(const nn_shape *s, double **data, int zero);
/* A new read-only numpy array of shape s over data, which base keeps alive. */
PyObject *nn_view(PyObject *base, double *data, const nn_shape *s);
/* An output for an op: a new array, or out checked against shape s (a new reference either way). */
PyObject *nn_output(PyObject *out, const nn_shape *s, double **data);
/* Result shapes by numpy's rules; each raises NNError naming the shapes on a mismatch. */
int nn_broadcast(const nn_shape *a, const nn_shape *b, nn_shape *y, const char *op);
int nn_reduce_shape(const nn_shape *a, int axis, int op, nn_shape *y, const char *name);
int nn_matmul_shape(const nn_shape *a, const nn_shape *b, nn_shape *y, size_t mnk[3]);

#endif
