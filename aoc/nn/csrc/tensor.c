/* tensor.c: aligned numpy arrays for everything the library hands out (numpy's C-API table,
 * no headers needed), input checking (dtype, contiguity, rank) and numpy's 2-D shape rules. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "alloc.h"
#include "kernels.h"
#include "tensor.h"

PyObject *nn_NNError;
static PyObject *np_asarray, *np_ascontiguousarray;

/* The owner of a block of aligned memory; numpy arrays handed out keep it as their base. */
typedef struct {
    PyObject_HEAD
    double *data;
} AlignedBuffer;

static void buffer_dealloc(AlignedBuffer *self)
{
    nn_free(self->data);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyTypeObject AlignedBufferType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "aoc.nn._core.AlignedBuffer",
    .tp_basicsize = sizeof(AlignedBuffer),
    .tp_dealloc = (destructor)buffer_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "64-byte aligned float64 memory behind an array handed out by aoc.nn.",
};

/* numpy's C-API table, the one its own headers index, taken from the capsule numpy exports so
 * the build needs no numpy headers. Only these stable slots are used (numpy never moves them). */
enum { API_ARRAY_TYPE = 2, API_DESCR_FROM_TYPE = 45, API_NEW_FROM_DESCR = 94, API_SET_BASE = 282 };
enum { NPY_DOUBLE = 12, NPY_CARRAY_RO = 0x1 | 0x100, NPY_CARRAY = NPY_CARRAY_RO | 0x400 };
typedef PyObject *(*descr_from_type_fn)(int);
typedef PyObject *(*new_from_descr_fn)(PyTypeObject *, PyObject *, int, const Py_ssize_t *,
                                       const Py_ssize_t *, void *, int, PyObject *);
typedef int (*set_base_fn)(PyObject *, PyObject *);
static void **np_api;

static int load_numpy_api(void)
{
    PyObject *m = PyImport_ImportModule("numpy._core._multiarray_umath");
    if (!m) {
        PyErr_Clear();
        m = PyImport_ImportModule("numpy.core._multiarray_umath");
    }
    if (!m)
        return -1;
    PyObject *capsule = PyObject_GetAttrString(m, "_ARRAY_API");
    Py_DECREF(m);
    if (!capsule)
        return -1;
    np_api = PyCapsule_GetPointer(capsule, NULL);
    Py_DECREF(capsule); /* numpy's module keeps the table alive */
    return np_api ? 0 : -1;
}

nn_slot nn_slot_of(const nn_shape *s, double *data)
{
    nn_slot slot = {data, NULL, 1, 1};
    if (s->ndim == 1)
        slot.cols = (size_t)s->dim[0];
    if (s->ndim == 2) {
        slot.rows = (size_t)s->dim[0];
        slot.cols = (size_t)s->dim[1];
    }
    return slot;
}

PyObject *nn_array_new(const nn_shape *s, double **data, int zero)
{
    PyObject *array = NULL, *descr;
    if (nn_shape_check(s) < 0)
        return NULL;
    AlignedBuffer *buf = PyObject_New(AlignedBuffer, &AlignedBufferType);
    if (!buf)
        return NULL;
    buf->data = nn_alloc((size_t)nn_shape_size(s), zero);
    if (!buf->data) {
        PyErr_NoMemory();
        goto cleanup;
    }
    *data = buf->data;
    if (!(descr = ((descr_from_type_fn)np_api[API_DESCR_FROM_TYPE])(NPY_DOUBLE)))
        goto cleanup;
    array = ((new_from_descr_fn)np_api[API_NEW_FROM_DESCR])(  /* steals descr */
        (PyTypeObject *)np_api[API_ARRAY_TYPE], descr, s->ndim, s->dim, NULL, buf->data,
        NPY_CARRAY, NULL);
    if (!array)
        goto cleanup;
    /* SetBaseObject steals buf, on failure too */
    if (((set_base_fn)np_api[API_SET_BASE])(array, (PyObject *)buf) < 0)
        Py_CLEAR(array);
    return array;
cleanup:
    Py_DECREF(buf);
    return NULL;
}

PyObject *nn_view(PyObject *base, double *data, const nn_shape *s)
{
    PyObject *descr = ((descr_from_type_fn)np_api[API_DESCR_FROM_TYPE])(NPY_DOUBLE);
    if (!descr)
        return NULL;
    PyObject *array = ((new_from_descr_fn)np_api[API_NEW_FROM_DESCR])(  /* steals descr */
        (PyTypeObject *)np_api[API_ARRAY_TYPE], descr, s->ndim, s->dim, NULL, data,
        NPY_CARRAY_RO, NULL);
    /* SetBaseObject steals the new reference to base, on failure too */
    if (array && ((set_base_fn)np_api[API_SET_BASE])(array, Py_NewRef(base)) < 0)
        Py_CLEAR(array);
    return array;
}

PyObject *nn_shape_tuple(const nn_shape *s)
{
    if (s->ndim == 0)
        return PyTuple_New(0);
    if (s->ndim == 1)
        return Py_BuildValue("(n)", s->dim[0]);
    return Py_BuildValue("(nn)", s->dim[0], s->dim[1]);
}

/* Writes "(3, 4)" for error messages. */
static const char *shape_text(const nn_shape *s, char *buf, size_t len)
{
    if (s->ndim == 0)
        snprintf(buf, len, "()");
    else if (s->ndim == 1)
        snprintf(buf, len, "(%zd,)", s->dim[0]);
    else
        snprintf(buf, len, "(%zd, %zd)", s->dim[0], s->dim[1]);
    return buf;
}

int nn_shape_check(const nn_shape *s)
{
    char text[48];
    const Py_ssize_t n = nn_shape_size(s);
    if (n >= 0 && n <= NN_SSIZE_MAX / (Py_ssize_t)sizeof(double))
        return 0;
    PyErr_Format(nn_NNError, "shape %s is %s", shape_text(s, text, sizeof text),
                 s->dim[0] < 0 || s->dim[1] < 0 ? "negative" : "too large to exist");
    return -1;
}

int nn_shape_from(PyObject *tuple, nn_shape *s)
{
    PyObject *seq = PySequence_Fast(tuple, "a shape must be a tuple");
    int rc = -1;
    if (!seq)
        return -1;
    s->ndim = (int)PySequence_Fast_GET_SIZE(seq);
    s->dim[0] = s->dim[1] = 1;
    if (s->ndim > 2) {
        PyErr_Format(nn_NNError, "aoc.nn handles 0-D, 1-D and 2-D tensors, not %d-D", s->ndim);
        goto cleanup;
    }
    for (int i = 0; i < s->ndim; i++) {
        s->dim[i] = PyNumber_AsSsize_t(PySequence_Fast_GET_ITEM(seq, i), PyExc_OverflowError);
        if (s->dim[i] == -1 && PyErr_Occurred())
            goto cleanup;
    }
    rc = nn_shape_check(s);
cleanup:
    Py_DECREF(seq);
    return rc;
}

/* PEP 3118: a missing format means unsigned bytes. */
int nn_is_float64(const char *format)
{
    if (!format)
        return 0;
    if (*format == '<' || *format == '=' || *format == '@')
        format++;
    return format[0] == 'd' && format[1] == '\0';
}

/* Takes a view of obj if it is float64; anything else that is not a buffer goes through numpy. */
static int view_of(PyObject *obj, Py_buffer *view)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_STRIDES | PyBUF_FORMAT) < 0)
        return -1;
    if (!nn_is_float64(view->format)) {
        PyErr_Format(nn_NNError, "aoc.nn computes in float64, got buffer format '%s'; convert "
                     "with .astype(numpy.float64)", view->format ? view->format : "B");
        PyBuffer_Release(view);
        return -1;
    }
    if (view->ndim > 2) {
        PyErr_Format(nn_NNError, "aoc.nn handles 0-D, 1-D and 2-D tensors, not %d-D", view->ndim);
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* A copy of a C-contiguous view in a new aligned array. */
static PyObject *aligned_copy(const Py_buffer *view)
{
    nn_shape s = {view->ndim, {1, 1}};
    double *data;
    for (int i = 0; i < view->ndim; i++)
        s.dim[i] = view->shape[i];
    PyObject *copy = nn_array_new(&s, &data, 0);
    if (copy)
        memcpy(data, view->buf, (size_t)view->len);
    return copy;
}

/* A strided view, or one whose doubles are not 8-byte aligned (reading those through a double *
 * is undefined), is copied; the copy lives as long as the view. */
static int contiguous_view(PyObject *obj, Py_buffer *view)
{
    if (view_of(obj, view) < 0)
        return -1;
    const int contiguous = PyBuffer_IsContiguous(view, 'C');
    if (contiguous && (uintptr_t)view->buf % sizeof(double) == 0)
        return 0;
    PyObject *copy = contiguous ? aligned_copy(view)
                                : PyObject_CallOneArg(np_ascontiguousarray, obj);
    PyBuffer_Release(view);
    if (!copy)
        return -1;
    const int rc = view_of(copy, view);
    Py_DECREF(copy);
    return rc;
}

static int sequence_view(PyObject *obj, Py_buffer *view)
{
    PyObject *array = PyObject_CallFunction(np_asarray, "Os", obj, "float64");
    if (!array)
        return -1;
    const int rc = view_of(array, view);
    Py_DECREF(array);
    return rc;
}

/* A float (numpy's float64 is one) or an integer of any kind (np.int64 too): a plain number.
 * An array also has __index__, for its 0-D integer case, so arrays are told apart first. */
static int is_number(PyObject *obj)
{
    return PyFloat_Check(obj) || PyLong_Check(obj) ||
           (PyIndex_Check(obj) && !PyObject_TypeCheck(obj, (PyTypeObject *)np_api[API_ARRAY_TYPE]));
}

int nn_input_get(PyObject *obj, nn_input *in)
{
    in->has_view = 0;
    if (is_number(obj)) {
        in->scalar = PyFloat_AsDouble(obj);
        in->data = &in->scalar;
        in->shape.ndim = 0;
        in->shape.dim[0] = in->shape.dim[1] = 1;
        return in->scalar == -1.0 && PyErr_Occurred() ? -1 : 0;
    }
    const int rc = PyObject_CheckBuffer(obj) ? contiguous_view(obj, &in->view)
                                             : sequence_view(obj, &in->view);
    if (rc < 0)
        return -1;
    in->has_view = 1;
    in->data = in->view.buf;
    in->shape.ndim = in->view.ndim;
    in->shape.dim[0] = in->shape.dim[1] = 1;
    for (int i = 0; i < in->view.ndim; i++)
        in->shape.dim[i] = in->view.shape[i];
    return 0;
}

void nn_input_release(nn_input *in)
{
    if (in->has_view)
        PyBuffer_Release(&in->view);
    in->has_view = 0;
}

PyObject *nn_output(PyObject *out, const nn_shape *s, double **data)
{
    if (!out || out == Py_None)
        return nn_array_new(s, data, 0);
    nn_input o;
    char want[48], got[48];
    if (nn_input_get(out, &o) < 0)
        return NULL;
    const int ok = o.has_view && !o.view.readonly && o.view.obj == out &&
                   o.shape.ndim == s->ndim && o.shape.dim[0] == s->dim[0] &&
                   o.shape.dim[1] == s->dim[1];
    if (!ok) {
        PyErr_Format(nn_NNError, "out= must be a writable C-contiguous float64 array, 8-byte "
                     "aligned, of shape %s, got shape %s", shape_text(s, want, 48),
                     shape_text(&o.shape, got, 48));
        nn_input_release(&o);
        return NULL;
    }
    *data = o.data;
    nn_input_release(&o);
    return Py_NewRef(out);
}

int nn_check_overlap(const double *y, Py_ssize_t n, const nn_input *in)
{
    const size_t m = (size_t)nn_shape_size(&in->shape) * sizeof(double);
    const uintptr_t y0 = (uintptr_t)y, x0 = (uintptr_t)in->data;
    const uintptr_t y1 = y0 + (size_t)n * sizeof(double), x1 = x0 + m;
    if (!n || !m || y1 <= x0 || x1 <= y0 || (y0 == x0 && y1 == x1))
        return 0;
    PyErr_SetString(nn_NNError, "out= overlaps an input without being exactly that input; the "
                                "result would depend on the order elements are written in");
    return -1;
}

int nn_broadcast(const nn_shape *a, const nn_shape *b, nn_shape *y, const char *op)
{
    char sa[48], sb[48];
    y->ndim = a->ndim > b->ndim ? a->ndim : b->ndim;
    y->dim[0] = y->dim[1] = 1;
    for (int i = 1; i <= y->ndim; i++) {
        const Py_ssize_t da = i <= a->ndim ? a->dim[a->ndim - i] : 1;
        const Py_ssize_t db = i <= b->ndim ? b->dim[b->ndim - i] : 1;
        if (da != db && da != 1 && db != 1) {
            PyErr_Format(nn_NNError, "%s: shapes %s and %s do not broadcast together", op,
                         shape_text(a, sa, 48), shape_text(b, sb, 48));
            return -1;
        }
        y->dim[y->ndim - i] = da == 1 ? db : da;
    }
    return nn_shape_check(y);
}

int nn_reduce_shape(const nn_shape *a, int axis, int op, nn_shape *y, const char *name)
{
    char sa[48];
    if (axis >= a->ndim || axis < -1 || (axis >= 0 && a->ndim == 0)) {
        PyErr_Format(nn_NNError, "%s: axis %d is out of range for shape %s", name, axis,
                     shape_text(a, sa, 48));
        return -1;
    }
    y->ndim = axis < 0 || a->ndim == 1 ? 0 : 1;
    y->dim[0] = axis == 0 ? a->dim[1] : a->dim[0];
    y->dim[1] = 1;
    /* as numpy: max over nothing is an error only where some output needs a value */
    const Py_ssize_t over = axis < 0 || a->ndim == 1 ? nn_shape_size(a) : a->dim[axis];
    if (op == NN_OP_max && over == 0 && nn_shape_size(y) != 0) {
        PyErr_Format(nn_NNError, "max of an empty tensor of shape %s", shape_text(a, sa, 48));
        return -1;
    }
    return 0;
}

/* numpy's matmul for 1-D and 2-D: a vector on the left is a row, on the right a column. */
int nn_matmul_shape(const nn_shape *a, const nn_shape *b, nn_shape *y, size_t mnk[3])
{
    char sa[48], sb[48];
    const Py_ssize_t ka = a->ndim == 2 ? a->dim[1] : a->dim[0], kb = b->dim[0];
    if (a->ndim == 0 || b->ndim == 0 || ka != kb) {
        PyErr_Format(nn_NNError, "matmul: shapes %s and %s do not align (need 1-D or 2-D "
                     "operands with matching inner dimensions)", shape_text(a, sa, 48),
                     shape_text(b, sb, 48));
        return -1;
    }
    mnk[0] = a->ndim == 2 ? (size_t)a->dim[0] : 1;
    mnk[1] = b->ndim == 2 ? (size_t)b->dim[1] : 1;
    mnk[2] = (size_t)ka;
    y->ndim = (a->ndim == 2) + (b->ndim == 2);
    y->dim[0] = a->ndim == 2 ? a->dim[0] : (Py_ssize_t)mnk[1];
    y->dim[1] = (Py_ssize_t)mnk[1];
    return nn_shape_check(y);
}

int nn_tensor_init(PyObject *module)
{
    PyObject *np = PyImport_ImportModule("numpy");
    int rc = -1;
    if (!np)
        return -1;
    np_asarray = PyObject_GetAttrString(np, "asarray");
    np_ascontiguousarray = PyObject_GetAttrString(np, "ascontiguousarray");
    if (!np_asarray || !np_ascontiguousarray || load_numpy_api() < 0 ||
        PyType_Ready(&AlignedBufferType) < 0)
        goto cleanup;
    nn_NNError = PyErr_NewExceptionWithDoc("aoc.nn.NNError",
                                           "A misuse of aoc.nn: shapes, dtypes, order of calls.",
                                           PyExc_ValueError, NULL);
    if (!nn_NNError || PyModule_AddObjectRef(module, "NNError", nn_NNError) < 0)
        goto cleanup;
    rc = PyModule_AddObjectRef(module, "AlignedBuffer", (PyObject *)&AlignedBufferType);
cleanup:
    Py_DECREF(np);
    return rc;
}
