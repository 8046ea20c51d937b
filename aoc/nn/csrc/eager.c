/* eager.c: the ops called on numpy arrays or floats, computed at once by the same rules the tape
 * runs; one METH_FASTCALL entry per ops.def row, plus the fused fma and shape inference. */
#include <string.h>
#include "alloc.h"
#include "cpu.h"
#include "eager.h"
#include "parallel.h"
#include "tensor.h"

static PyObject *node_type, *graph_fma, *graph_apply;

#define NO_OUT(o) (!(o) || (o) == Py_None)

/* One elementwise run, split across threads past NN_PARALLEL_MIN elements: op is a unary or
 * binary opcode, or -1 for fma; a stride is 1 for a run, 0 for a scalar. */
typedef struct {
    int op;
    const double *a, *b, *c;
    ptrdiff_t sa, sb, sc;
    double *y;
} run_job;

static void run_range(void *ctx, size_t lo, size_t hi, int thread)
{
    const run_job *j = ctx;
    const nn_kernels *k = nn_kernels_for(hi - lo);
    const double *a = j->a + lo * (size_t)j->sa, *b = j->b + lo * (size_t)j->sb;
    (void)thread;
    if (j->op < 0)
        k->fma(a, j->sa, b, j->sb, j->c + lo * (size_t)j->sc, j->sc, j->y + lo, hi - lo);
    else if (j->op < NN_OP_add)
        k->unary[j->op](a, j->y + lo, hi - lo);
    else
        k->binary[j->op - NN_OP_add](a, j->sa, b, j->sb, j->y + lo, hi - lo);
}

static void run(run_job j, size_t n)
{
    nn_parallel(n, NN_LINE_DOUBLES, n >= NN_PARALLEL_MIN, run_range, &j);
}

/* Binds args like a Python signature: vals[i] from positional args, then from keywords named
 * names[i]; the first `required` must be given, once each; missing optional ones stay NULL. */
static int parse(const char *fn, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                 const char *const *names, int nnames, int required, PyObject **vals)
{
    if (nargs > nnames) {
        PyErr_Format(PyExc_TypeError, "%s() takes at most %d arguments (%zd given)", fn, nnames,
                     nargs);
        return -1;
    }
    for (int i = 0; i < nnames; i++)
        vals[i] = i < nargs ? args[i] : NULL;
    const Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    for (Py_ssize_t j = 0; j < nkw; j++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, j);
        int i = 0;
        while (i < nnames && PyUnicode_CompareWithASCIIString(key, names[i]))
            i++;
        if (i == nnames || vals[i]) {
            PyErr_Format(PyExc_TypeError, i == nnames ? "%s() got an unexpected keyword "
                         "argument '%U'" : "%s() got multiple values for argument '%U'", fn, key);
            return -1;
        }
        vals[i] = args[nargs + j];
    }
    for (int i = 0; i < required; i++)
        if (!vals[i]) {
            PyErr_Format(PyExc_TypeError, "%s() missing required argument '%s'", fn, names[i]);
            return -1;
        }
    return 0;
}

/* Where a result goes: out= if given (never partly over one of the nin inputs), else a new
 * array; a 0-D result needs no array at all, it is written to *scratch and comes back from
 * finish() as a float, like numpy's scalars. */
static PyObject *result(PyObject *out, const nn_shape *s, const nn_input *in, int nin, double **y,
                        double *scratch)
{
    if (NO_OUT(out) && s->ndim == 0) {
        *y = scratch;
        return Py_NewRef(Py_None);
    }
    PyObject *r = nn_output(out, s, y);
    for (int i = 0; r && !NO_OUT(out) && i < nin; i++)
        if (nn_check_overlap(*y, nn_shape_size(s), &in[i]) < 0)
            Py_CLEAR(r);
    return r;
}

static PyObject *finish(PyObject *out, const nn_shape *s, const double *y)
{
    if (s->ndim || !out || out != Py_None)
        return out;
    Py_DECREF(out);
    return PyFloat_FromDouble(y[0]);
}

/* Graph nodes among the operands: the op becomes a new node, built by the Python graph layer. */
static int has_node(PyObject *const *v, int n)
{
    for (int i = 0; i < n && node_type; i++)
        if (v[i] && Py_TYPE(v[i]) == (PyTypeObject *)node_type)
            return 1;
    return 0;
}

/* A graph node owns its value, so out= cannot take it; 0, or -1 with NNError. */
static int no_out_for_nodes(const char *fn, PyObject *out)
{
    if (NO_OUT(out))
        return 0;
    PyErr_Format(nn_NNError, "%s: out= is for arrays; a graph node owns its value", fn);
    return -1;
}

static PyObject *to_graph(const char *fn, PyObject *const *v, int n, PyObject *axis,
                          PyObject *out)
{
    if (no_out_for_nodes(fn, out) < 0)
        return NULL;
    PyObject *inputs = PyTuple_New(n), *result = NULL;
    if (!inputs)
        return NULL;
    for (int i = 0; i < n; i++)
        PyTuple_SET_ITEM(inputs, i, Py_NewRef(v[i])); /* steals the new reference */
    result = PyObject_CallFunction(graph_apply, "sOO", fn, inputs, axis ? axis : Py_None);
    Py_DECREF(inputs);
    return result;
}

static PyObject *unary(int op, const char *fn, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kw)
{
    static const char *const names[] = {"x", "out"};
    PyObject *v[2], *out = NULL;
    nn_input x = {0};
    double *y, scratch;
    if (parse(fn, args, nargs, kw, names, 2, 1, v) < 0)
        return NULL;
    if (has_node(v, 1))
        return to_graph(fn, v, 1, NULL, v[1]);
    if (nn_input_get(v[0], &x) < 0)
        return NULL;
    out = result(v[1], &x.shape, &x, 1, &y, &scratch);
    if (out)
        run((run_job){op, x.data, x.data, x.data, 1, 0, 0, y}, (size_t)nn_shape_size(&x.shape));
    nn_input_release(&x);
    return finish(out, &x.shape, y);
}

static PyObject *binary(int op, const char *fn, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kw)
{
    static const char *const names[] = {"a", "b", "out"};
    PyObject *v[3], *out = NULL;
    nn_input in[2];
    nn_shape s;
    double *y = NULL, scratch;
    memset(in, 0, sizeof in);
    if (parse(fn, args, nargs, kw, names, 3, 2, v) < 0)
        return NULL;
    if (has_node(v, 2))
        return to_graph(fn, v, 2, NULL, v[2]);
    if (nn_input_get(v[0], &in[0]) < 0)
        return NULL;
    if (nn_input_get(v[1], &in[1]) < 0 || nn_broadcast(&in[0].shape, &in[1].shape, &s, fn) < 0)
        goto cleanup;
    out = result(v[2], &s, in, 2, &y, &scratch);
    if (!out)
        goto cleanup;
    const nn_slot sa = nn_slot_of(&in[0].shape, in[0].data);
    const nn_slot sb = nn_slot_of(&in[1].shape, in[1].data), sy = nn_slot_of(&s, y);
    const Py_ssize_t n = nn_shape_size(&s), na = nn_shape_size(&in[0].shape);
    const Py_ssize_t nb = nn_shape_size(&in[1].shape);
    if ((na == n || na == 1) && (nb == n || nb == 1))
        run((run_job){op, sa.val, sb.val, sb.val, na == n, nb == n, 0, y}, (size_t)n);
    else
        nn_binary_apply(op, &sa, &sb, &sy);
    out = finish(out, &s, y);
cleanup:
    nn_input_release(&in[0]);
    nn_input_release(&in[1]);
    return out;
}

/* axis None is -1 (everything); a negative axis counts from the end, as in numpy. */
static int axis_of(PyObject *obj, int ndim, int *axis)
{
    if (!obj || obj == Py_None) {
        *axis = -1;
        return 0;
    }
    const long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return -1;
    if (v < -ndim || v >= (ndim ? ndim : 1)) {
        PyErr_Format(nn_NNError, "axis %ld is out of range for a %d-D tensor", v, ndim);
        return -1;
    }
    *axis = (int)(v < 0 ? v + ndim : v);
    return 0;
}

static PyObject *reduce(int op, const char *fn, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kw)
{
    static const char *const names[] = {"x", "axis"};
    PyObject *v[2], *out = NULL;
    nn_input x = {0};
    nn_shape s;
    int axis;
    double *y, scratch;
    if (parse(fn, args, nargs, kw, names, 2, 1, v) < 0)
        return NULL;
    if (has_node(v, 1))
        return to_graph(fn, v, 1, v[1], NULL);
    if (nn_input_get(v[0], &x) < 0)
        return NULL;
    if (axis_of(v[1], x.shape.ndim, &axis) == 0 && nn_reduce_shape(&x.shape, axis, op, &s, fn) == 0 &&
        (out = result(NULL, &s, NULL, 0, &y, &scratch))) {
        const nn_slot sx = nn_slot_of(&x.shape, x.data), sy = nn_slot_of(&s, y);
        nn_reduce_apply(op, x.shape.ndim <= 1 ? -1 : axis, &sx, &sy);
        out = finish(out, &s, y);
    }
    nn_input_release(&x);
    return out;
}

static PyObject *matmul(int op, const char *fn, PyObject *const *args, Py_ssize_t nargs,
                        PyObject *kw)
{
    static const char *const names[] = {"a", "b"};
    PyObject *v[2], *out = NULL;
    nn_input a = {0}, b = {0};
    nn_shape s;
    size_t mnk[3];
    double *y, scratch;
    (void)op;
    if (parse(fn, args, nargs, kw, names, 2, 2, v) < 0)
        return NULL;
    if (has_node(v, 2))
        return to_graph(fn, v, 2, NULL, NULL);
    if (nn_input_get(v[0], &a) < 0)
        return NULL;
    if (nn_input_get(v[1], &b) == 0 && nn_matmul_shape(&a.shape, &b.shape, &s, mnk) == 0 &&
        (out = result(NULL, &s, NULL, 0, &y, &scratch))) {
        nn_matmul_apply(a.data, b.data, y, mnk[0], mnk[1], mnk[2]);
        out = finish(out, &s, y);
    }
    nn_input_release(&a);
    nn_input_release(&b);
    return out;
}

#define EAGER(name, kind)                                                                  \
    static PyObject *eager_##name(PyObject *m, PyObject *const *args, Py_ssize_t nargs,    \
                                  PyObject *kw)                                            \
    {                                                                                      \
        (void)m;                                                                           \
        return kind(NN_OP_##name, #name, args, nargs, kw);                                 \
    }
#define NN_UNARY(name, f, g) EAGER(name, unary)
#define NN_BINARY(name, f, ga, gb) EAGER(name, binary)
#define NN_REDUCE(name) EAGER(name, reduce)
#define NN_MATMUL(name) EAGER(name, matmul)
#include "ops.def"

/* fma's operands and their broadcast shape; only scalars broadcast, so one run covers it. */
static int fma_inputs(PyObject *const *v, nn_input *in, nn_shape *s)
{
    nn_shape ab;
    for (int i = 0; i < 3; i++)
        if (nn_input_get(v[i], &in[i]) < 0)
            return -1;
    if (nn_broadcast(&in[0].shape, &in[1].shape, &ab, "fma") < 0 ||
        nn_broadcast(&ab, &in[2].shape, s, "fma") < 0)
        return -1;
    for (int i = 0; i < 3; i++) {
        const Py_ssize_t n = nn_shape_size(&in[i].shape);
        if (n != nn_shape_size(s) && n != 1) {
            PyErr_SetString(nn_NNError, "fma broadcasts scalars only; use a*b + c for rows "
                                        "and columns");
            return -1;
        }
    }
    return 0;
}

/* The fused a*b + c: one pass over memory; node operands go to the graph layer. */
static PyObject *eager_fma(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kw)
{
    static const char *const names[] = {"a", "b", "c", "out"};
    PyObject *v[4], *out = NULL;
    nn_input in[3];
    nn_shape s;
    double *y, scratch;
    (void)m;
    memset(in, 0, sizeof in);
    if (parse("fma", args, nargs, kw, names, 4, 3, v) < 0)
        return NULL;
    if (has_node(v, 3))
        return no_out_for_nodes("fma", v[3]) < 0
                   ? NULL
                   : PyObject_CallFunctionObjArgs(graph_fma, v[0], v[1], v[2], NULL);
    if (fma_inputs(v, in, &s) == 0 && (out = result(v[3], &s, in, 3, &y, &scratch))) {
        const Py_ssize_t n = nn_shape_size(&s);
        run((run_job){-1, in[0].data, in[1].data, in[2].data, nn_shape_size(&in[0].shape) == n,
                      nn_shape_size(&in[1].shape) == n, nn_shape_size(&in[2].shape) == n, y},
            (size_t)n);
        out = finish(out, &s, y);
    }
    for (int i = 0; i < 3; i++)
        nn_input_release(&in[i]);
    return out;
}

static const char *const op_names[] = {
#define NN_UNARY(name, f, g) #name,
#define NN_BINARY(name, f, ga, gb) #name,
#define NN_REDUCE(name) #name,
#define NN_MATMUL(name) #name,
#include "ops.def"
};

/* The result shape of op applied to operand shapes, for the graph builder; raises NNError. */
static PyObject *result_shape(PyObject *m, PyObject *args)
{
    int op, axis;
    PyObject *ta, *tb;
    nn_shape a, b, y;
    size_t mnk[3];
    (void)m;
    if (!PyArg_ParseTuple(args, "iOOi", &op, &ta, &tb, &axis) || nn_shape_from(ta, &a) < 0)
        return NULL;
    if (op < 0 || op >= NN_NOPS)
        return PyErr_Format(nn_NNError, "unknown opcode %d", op);
    if (op >= NN_OP_add && op != NN_OP_sum && op != NN_OP_mean && op != NN_OP_max &&
        nn_shape_from(tb, &b) < 0)
        return NULL;
    int rc = 0;
    if (op < NN_OP_add)
        y = a;
    else if (op < NN_OP_sum)
        rc = nn_broadcast(&a, &b, &y, op_names[op]);
    else if (op < NN_OP_matmul)
        rc = nn_reduce_shape(&a, axis, op, &y, op_names[op]);
    else
        rc = nn_matmul_shape(&a, &b, &y, mnk);
    return rc < 0 ? NULL : nn_shape_tuple(&y);
}

/* A zeroed 64-byte aligned float64 array: the storage of graph leaves. */
static PyObject *aligned_zeros(PyObject *m, PyObject *shape)
{
    nn_shape s;
    double *data;
    (void)m;
    if (nn_shape_from(shape, &s) < 0)
        return NULL;
    return nn_array_new(&s, &data, 1);
}

/* Lets the ops hand node operands to the Python graph layer: apply(name, inputs, axis). */
static PyObject *set_node_hooks(PyObject *m, PyObject *args)
{
    PyObject *type, *apply, *fma;
    (void)m;
    if (!PyArg_ParseTuple(args, "O!OO", &PyType_Type, &type, &apply, &fma))
        return NULL;
    Py_XSETREF(node_type, Py_NewRef(type));
    Py_XSETREF(graph_apply, Py_NewRef(apply));
    Py_XSETREF(graph_fma, Py_NewRef(fma));
    Py_RETURN_NONE;
}

#define FASTCALL METH_FASTCALL | METH_KEYWORDS
#define ENTRY(name, sig) {#name, (PyCFunction)(void (*)(void))eager_##name, FASTCALL, sig},
PyMethodDef nn_eager_methods[] = {
#define ON_NODES "\n\nOn graph nodes it builds a new node; on arrays or floats it computes now."
#define NN_UNARY(name, f, g) ENTRY(name, #name "(x, out=None)\n--\n\nElementwise " #name "." ON_NODES)
#define NN_BINARY(name, f, ga, gb)                                                         \
    ENTRY(name, #name "(a, b, out=None)\n--\n\nElementwise " #name ", broadcasting." ON_NODES)
#define NN_REDUCE(name)                                                                    \
    ENTRY(name, #name "(x, axis=None)\n--\n\nThe " #name " over all, or axis 0 or 1." ON_NODES)
#define NN_MATMUL(name)                                                                    \
    ENTRY(name, #name "(a, b)\n--\n\nMatrix product, numpy's rules for 1-D." ON_NODES)
#include "ops.def"
    ENTRY(fma, "fma(a, b, c, out=None)\n--\n\na*b + c in one pass over memory.")
    {"zeros", aligned_zeros, METH_O, "A zeroed 64-byte aligned float64 array of this shape."},
    {"result_shape", result_shape, METH_VARARGS, "The shape op gives for these shapes."},
    {"set_node_hooks", set_node_hooks, METH_VARARGS, "Register the node type and graph fma."},
    {NULL, NULL, 0, NULL},
};
