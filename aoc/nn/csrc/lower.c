/* lower.c: a graph lowered to the tuples Program() loads, in one C pass over the nodes the output
 * reaches. The same loop in Python cost twice the whole C build of a thousand-node program; the
 * Program constructor still checks every tuple, so nothing here is trusted. */
#include "lower.h"
#include "kernels.h"

/* The Node attributes lowering reads, interned once, and each op name's opcode. */
static PyObject *attr_index, *attr_inputs, *attr_kind, *attr_op, *attr_shape, *attr_axis,
    *attr_data, *attr_shared, *opcodes;

typedef struct {
    PyObject *nodes;      /* a copy of graph.nodes (node i at index i), holding every node alive */
    Py_ssize_t count;     /* its length when lowering began */
    Py_ssize_t *slot;     /* by graph index: the node's slot, -1 if the output does not reach it */
    Py_ssize_t (*in)[2];  /* by graph index: its inputs' graph indices (-1: none) */
    Py_ssize_t *rows, *cols; /* by slot: the tape's 2-D view of the node's shape */
    char *ndim, *wants;   /* by slot: the shape's length; some parameter reaches it */
} lowering;

static int malformed(const char *what)
{
    PyErr_Format(nn_NNError, "cannot compile: %s", what);
    return -1;
}

/* Node's graph index, checked to name node itself, or -1 with an error set. */
static Py_ssize_t index_of(const lowering *l, PyObject *node)
{
    PyObject *v = PyObject_GetAttr(node, attr_index);
    const Py_ssize_t i = v ? PyLong_AsSsize_t(v) : -1;
    Py_XDECREF(v);
    if (i == -1 && PyErr_Occurred())
        return -1;
    if (i < 0 || i >= l->count || PyList_GET_ITEM(l->nodes, i) != node)
        return malformed("a node is not in its graph's node list");
    return i;
}

/* An attribute that must be a tuple (a node's inputs or shape); a new reference or NULL. */
static PyObject *tuple_attr(PyObject *node, PyObject *name)
{
    PyObject *v = PyObject_GetAttr(node, name);
    if (v && !PyTuple_Check(v)) {
        Py_DECREF(v);
        malformed("a node's inputs or shape is not a tuple");
        return NULL;
    }
    return v;
}

/* Records node i's input indices; 0, or -1 for an error or more than two inputs. */
static int read_inputs(lowering *l, Py_ssize_t i)
{
    PyObject *inputs = tuple_attr(PyList_GET_ITEM(l->nodes, i), attr_inputs);
    if (!inputs)
        return -1;
    const Py_ssize_t n = PyTuple_GET_SIZE(inputs);
    int rc = n <= 2 ? 0 : malformed("a node has more than two inputs");
    for (Py_ssize_t j = 0; j < 2; j++)
        l->in[i][j] = -1;
    for (Py_ssize_t j = 0; rc == 0 && j < n; j++)
        if ((l->in[i][j] = index_of(l, PyTuple_GET_ITEM(inputs, j))) < 0)
            rc = -1;
    Py_DECREF(inputs);
    return rc;
}

/* Marks slot[i] = 0 for every node the output reaches (a depth-first walk of the inputs). */
static int mark_reached(lowering *l, Py_ssize_t out)
{
    Py_ssize_t *stack = PyMem_Malloc((size_t)(l->count + 1) * sizeof(Py_ssize_t)), top = 0;
    int rc = stack ? 0 : -1;
    if (stack) {
        stack[top++] = out;
        l->slot[out] = 0;
    }
    while (rc == 0 && top) {
        const Py_ssize_t i = stack[--top];
        rc = read_inputs(l, i);
        for (int j = 0; rc == 0 && j < 2; j++)
            if (l->in[i][j] >= 0 && l->slot[l->in[i][j]] < 0)
                l->slot[stack[top++] = l->in[i][j]] = 0;
    }
    PyMem_Free(stack);
    if (!stack)
        PyErr_NoMemory();
    return rc;
}

/* The tape's rows x cols of slot s from the node's shape: a scalar is 1 x 1, a vector a row. */
static int read_shape(lowering *l, PyObject *node, Py_ssize_t s)
{
    PyObject *shape = tuple_attr(node, attr_shape);
    if (!shape)
        return -1;
    const Py_ssize_t n = PyTuple_GET_SIZE(shape);
    l->ndim[s] = (char)n;
    l->rows[s] = n == 2 ? PyLong_AsSsize_t(PyTuple_GET_ITEM(shape, 0)) : 1;
    l->cols[s] = n == 0 ? 1 : PyLong_AsSsize_t(PyTuple_GET_ITEM(shape, n - 1));
    Py_DECREF(shape);
    return n <= 2 ? (PyErr_Occurred() ? -1 : 0) : malformed("a node has more than two axes");
}

/* (op, out, a, b, axis, m, n, k) for the op node at slot s reading slots a and b (b -1). */
static PyObject *instruction(const lowering *l, PyObject *node, Py_ssize_t s, Py_ssize_t a,
                             Py_ssize_t b)
{
    PyObject *op = PyObject_GetAttr(node, attr_op), *axis = PyObject_GetAttr(node, attr_axis);
    /* an exact str: hashing anything else could run Python code that edits the node list */
    PyObject *code = op && PyUnicode_CheckExact(op) ? PyDict_GetItemWithError(opcodes, op) : NULL;
    PyObject *result = NULL;
    if (!code && op && !PyErr_Occurred())
        malformed("a node's op is unknown");
    if (code && axis) {
        const Py_ssize_t ax = l->ndim[a] == 2 ? PyLong_AsSsize_t(axis) : -1;
        const int matmul = PyLong_AsLong(code) == NN_OP_matmul && b >= 0;
        /* a (m, k) or (k,) times b (k, n) or (k,) */
        const Py_ssize_t m = matmul ? l->rows[a] : 0;
        const Py_ssize_t n = !matmul ? 0 : l->ndim[b] == 2 ? l->cols[b] : 1;
        const Py_ssize_t k = !matmul ? 0 : l->ndim[b] == 2 ? l->rows[b] : l->cols[b];
        if (!PyErr_Occurred())
            result = Py_BuildValue("Onnnnnnn", code, s, a, b, ax, m, n, k);
    }
    Py_XDECREF(op);
    Py_XDECREF(axis);
    return result;
}

/* Appends graph node i's slot tuple (rows, cols, data, wants, keep, shared) to lists[0], and its
 * instruction to lists[1] when it is an op, its slot to lists[2] when it is a parameter. */
static int lower_node(lowering *l, Py_ssize_t i, PyObject *keep, PyObject *lists[3])
{
    PyObject *node = PyList_GET_ITEM(l->nodes, i), *row = NULL, *extra = NULL, *shared = NULL;
    PyObject *kind = PyObject_GetAttr(node, attr_kind), *data = PyObject_GetAttr(node, attr_data);
    const Py_ssize_t s = l->slot[i];
    const Py_ssize_t a = l->in[i][0] >= 0 ? l->slot[l->in[i][0]] : -1;
    const Py_ssize_t b = l->in[i][1] >= 0 ? l->slot[l->in[i][1]] : -1;
    int rc = -1, kept = 0;
    if (!kind || !data || read_shape(l, node, s) < 0)
        goto done;
    if (!PyUnicode_Check(kind)) {
        malformed("a node's kind is not text");
        goto done;
    }
    if (PyUnicode_CompareWithASCIIString(kind, "op") && data == Py_None) {
        malformed("a parameter or constant has no data");
        goto done;
    }
    if (l->in[i][0] >= i || l->in[i][1] >= i) {
        malformed("a node reads one created after it");
        goto done;
    }
    const int is_op = !PyUnicode_CompareWithASCIIString(kind, "op");
    const int is_param = !PyUnicode_CompareWithASCIIString(kind, "param");
    l->wants[s] = (char)(is_param || (a >= 0 && l->wants[a]) || (b >= 0 && l->wants[b]));
    if (PySet_GET_SIZE(keep)) {
        PyObject *index = PyLong_FromSsize_t(i);
        kept = index ? PySet_Contains(keep, index) : -1;
        Py_XDECREF(index);
    }
    if (kept < 0)
        goto done;
    if (!is_op && !(shared = PyObject_GetAttr(node, attr_shared)))
        goto done;
    row = Py_BuildValue("nnOOOO", l->rows[s], l->cols[s], data, l->wants[s] ? Py_True : Py_False,
                        kept ? Py_True : Py_False, shared ? shared : Py_False);
    if (!row || PyList_Append(lists[0], row) < 0)
        goto done;
    if (is_op && a < 0)
        malformed("an op node has no inputs");
    else if (is_op || is_param)
        extra = is_op ? instruction(l, node, s, a, b) : PyLong_FromSsize_t(s);
    if ((is_op || is_param) && (!extra || PyList_Append(lists[is_op ? 1 : 2], extra) < 0))
        goto done;
    rc = 0;
done:
    Py_XDECREF(kind);
    Py_XDECREF(data);
    Py_XDECREF(row);
    Py_XDECREF(extra);
    Py_XDECREF(shared);
    return rc;
}

/* Slots in creation order (inputs are always created before the nodes that read them). */
static PyObject *lower_reached(lowering *l, PyObject *keep, Py_ssize_t out)
{
    PyObject *reached = PyList_New(0), *lists[3] = {PyList_New(0), PyList_New(0), PyList_New(0)};
    PyObject *result = NULL;
    Py_ssize_t s = 0;
    for (Py_ssize_t i = 0; reached && lists[0] && lists[1] && lists[2] && i < l->count; i++) {
        if (l->slot[i] < 0)
            continue;
        l->slot[i] = s++;
        if (PyList_Append(reached, PyList_GET_ITEM(l->nodes, i)) < 0 ||
            lower_node(l, i, keep, lists) < 0)
            goto done;
    }
    if (reached && lists[0] && lists[1] && lists[2])
        result = Py_BuildValue("OOOnO", reached, lists[0], lists[1], l->slot[out], lists[2]);
done:
    Py_XDECREF(reached);
    for (int j = 0; j < 3; j++)
        Py_XDECREF(lists[j]);
    return result;
}

/* lower(nodes, output, keep) -> (reached, slots, code, out, params). */
static PyObject *lower(PyObject *module, PyObject *args)
{
    PyObject *nodes, *output, *keep, *result = NULL;
    (void)module;
    if (!PyArg_ParseTuple(args, "O!OO!", &PyList_Type, &nodes, &output, &PySet_Type, &keep))
        return NULL;
    /* Reading an attribute or a set may run Python code (a property, __eq__, a finaliser) that
     * empties graph.nodes: a copy keeps every node alive and every index in range meanwhile. */
    nodes = PyList_GetSlice(nodes, 0, PyList_GET_SIZE(nodes));
    if (!nodes)
        return NULL;
    const Py_ssize_t count = PyList_GET_SIZE(nodes);
    const size_t n = (size_t)count + 1;
    lowering l = {nodes, count, PyMem_Malloc(n * sizeof(Py_ssize_t)),
                  PyMem_Malloc(n * sizeof(Py_ssize_t[2])), PyMem_Malloc(n * sizeof(Py_ssize_t)),
                  PyMem_Malloc(n * sizeof(Py_ssize_t)), PyMem_Malloc(n), PyMem_Malloc(n)};
    if (!l.slot || !l.in || !l.rows || !l.cols || !l.ndim || !l.wants) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++)
        l.slot[i] = -1;
    const Py_ssize_t out = index_of(&l, output);
    if (out >= 0 && mark_reached(&l, out) == 0)
        result = lower_reached(&l, keep, out);
done:
    Py_DECREF(nodes);
    PyMem_Free(l.slot);
    PyMem_Free(l.in);
    PyMem_Free(l.rows);
    PyMem_Free(l.cols);
    PyMem_Free(l.ndim);
    PyMem_Free(l.wants);
    return result;
}

static PyMethodDef methods[] = {
    {"lower", lower, METH_VARARGS,
     "lower(nodes, output, keep) -> (reached, slots, code, out, params): the nodes output "
     "reaches, in creation order, lowered to Program()'s slot and instruction tuples; keep "
     "holds the graph indices of nodes kept in the pool."},
    {NULL, NULL, 0, NULL},
};

int nn_lower_init(PyObject *module)
{
#define INTERN(name) (attr_##name = PyUnicode_InternFromString(#name))
    if (!INTERN(index) || !INTERN(inputs) || !INTERN(kind) || !INTERN(op) || !INTERN(shape) ||
        !INTERN(axis) || !INTERN(data) || !INTERN(shared) || !(opcodes = PyDict_New()))
        return -1;
#undef INTERN
    /* the module's OPS rows are (name, opcode, kind) */
    PyObject *ops = PyObject_GetAttrString(module, "OPS");
    for (Py_ssize_t i = 0; ops && i < PyList_GET_SIZE(ops); i++) {
        PyObject *row = PyList_GET_ITEM(ops, i);
        if (PyDict_SetItem(opcodes, PyTuple_GET_ITEM(row, 0), PyTuple_GET_ITEM(row, 1)) < 0)
            Py_CLEAR(ops);
    }
    if (!ops)
        return -1;
    Py_DECREF(ops);
    return PyModule_AddFunctions(module, methods);
}
