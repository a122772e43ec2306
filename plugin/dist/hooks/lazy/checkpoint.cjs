"use strict";
const __workflowModule = { get url() { return require("node:url").pathToFileURL(__filename).href; } };
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode) => mod == null ? {} : isNodeMode || !mod.__esModule ? { __proto__: mod, default: mod } : mod;
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// scripts/core/workflows/checkpoint.ts
var checkpoint_exports = {};
__export(checkpoint_exports, {
  checkpointRequested: () => checkpointRequested,
  checkpointWorkflow: () => checkpointWorkflow,
  keepCompactSummary: () => keepCompactSummary,
  pauseSessionWorkflow: () => pauseSessionWorkflow
});
module.exports = __toCommonJS(checkpoint_exports);

// scripts/core/git/compatibility.ts
var import_node_crypto = require("node:crypto");

// scripts/core/shared/safe-fs.ts
var import_node_fs = __toESM(require("node:fs"), 1);

// scripts/core/shared/errors.ts
var EXPECTED = /* @__PURE__ */ Symbol.for("claude-workflow.expected-failure");
var WorkflowError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
  exitCode;
  name = "WorkflowError";
  [EXPECTED] = true;
  static [Symbol.hasInstance](value) {
    return typeof value === "object" && value !== null && EXPECTED in value;
  }
};

// scripts/core/shared/safe-fs.ts
var NO_FOLLOW = import_node_fs.default.constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = import_node_fs.default.constants.O_NONBLOCK ?? 0;
var READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024
};
function withRegularFile(file, fallback, read2) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return fallback;
  }
  try {
    const stat = import_node_fs.default.fstatSync(fd);
    return stat.isFile() ? read2(fd, stat.size) : fallback;
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function refused(file, why) {
  return new WorkflowError(`${file} ${why}; it was not read`);
}
function readRegularFile(file, maxBytes) {
  return readRegularFileAndStat(file, maxBytes).bytes;
}
function readRegularFileAndStat(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error2) {
    if (error2.code === "ELOOP") throw refused(file, "is a symbolic link");
    throw error2;
  }
  try {
    const stat = import_node_fs.default.fstatSync(fd);
    if (!stat.isFile()) throw refused(file, "is not a regular file (a device, a pipe or a socket)");
    if (stat.size > maxBytes) throw refused(file, `is ${stat.size} bytes, over the limit of ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size);
    let read2 = 0;
    while (read2 < buffer.length) {
      const n = import_node_fs.default.readSync(fd, buffer, read2, buffer.length - read2, read2);
      if (n === 0) break;
      read2 += n;
    }
    return { bytes: buffer.subarray(0, read2), stat };
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes).toString("utf8");
}
function readOwnFile(file, maxBytes) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
    const stat = import_node_fs.default.fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes || process.getuid && stat.uid !== process.getuid() || (stat.mode & 18) !== 0) return void 0;
    return import_node_fs.default.readFileSync(fd);
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) import_node_fs.default.closeSync(fd);
  }
}
function appendRegularFile(file, text) {
  writeRegular(file, text, import_node_fs.default.constants.O_APPEND);
}
function writeRegular(file, text, how) {
  let fd;
  try {
    fd = import_node_fs.default.openSync(file, import_node_fs.default.constants.O_WRONLY | how | import_node_fs.default.constants.O_CREAT | NO_FOLLOW | NON_BLOCK, 384);
  } catch (error2) {
    if (error2.code === "ELOOP") throw new WorkflowError(`${file} is a symbolic link; nothing was written to it`);
    throw error2;
  }
  try {
    if (!import_node_fs.default.fstatSync(fd).isFile()) throw new WorkflowError(`${file} is not a regular file; nothing was written to it`);
    const bytes = Buffer.from(text);
    let offset = 0;
    while (offset < bytes.length) offset += import_node_fs.default.writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    import_node_fs.default.closeSync(fd);
  }
}

// scripts/core/git/compatibility.ts
var import_node_path = __toESM(require("node:path"), 1);
var LOCKFILES = [
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "Cargo.lock",
  "go.sum",
  "poetry.lock",
  "uv.lock",
  "Pipfile.lock",
  "Gemfile.lock",
  "composer.lock",
  "mix.lock",
  "pubspec.lock",
  "Package.resolved"
];
function hashLockfiles(projectDir) {
  const hashes = {};
  for (const name of LOCKFILES) {
    try {
      hashes[name] = (0, import_node_crypto.createHash)("sha256").update(readRegularFile(import_node_path.default.join(projectDir, name), READ_CAPS.lockfile)).digest("hex");
    } catch {
    }
  }
  return hashes;
}

// scripts/core/store/lease.ts
var import_node_fs7 = __toESM(require("node:fs"), 1);
var import_node_path8 = __toESM(require("node:path"), 1);

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_2) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _2]) => numericValues.indexOf(+k) === -1).map(([_2, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_2, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def) {
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path18) {
  if (!path18)
    return obj;
  return path18.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_2) {
    return false;
  }
});
function isPlainObject(o2) {
  if (isObject(o2) === false)
    return false;
  const ctor = o2.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o2) {
  if (isPlainObject(o2))
    return { ...o2 };
  if (Array.isArray(o2))
    return [...o2];
  if (o2 instanceof Map)
    return new Map(o2);
  if (o2 instanceof Set)
    return new Set(o2);
  return o2;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t2 = typeof data;
  switch (t2) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t2}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_2, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_2, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_2, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_2, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_2) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_2, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_2, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path18, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path18);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t2 = typeof data;
  switch (t2) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t2;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _2]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base64) {
  const binaryString = atob(base64);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base64.length % 4) % 4);
  return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _2;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _2.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _2(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_2, "init", { value: init });
  Object.defineProperty(_2, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_2, "name", { value: name });
  return _2;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
  var _a2, _b;
  $ZodCheck.init(inst, def);
  if (def.pattern)
    (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def.format,
        input: payload.value,
        ...def.pattern ? { pattern: def.pattern.toString() } : {},
        inst,
        continue: !def.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  inst._zod.check = (payload) => {
    def.pattern.lastIndex = 0;
    if (def.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def.pattern.toString(),
      inst,
      continue: !def.abort
    });
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _2 = ch._zod.check(payload);
        if (_2 instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _2 instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _2;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r2, ctx) => r2.issues.length ? { issues: r2.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r2.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r2 = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r2 instanceof Promise))
          return toStandardResult(r2, ctx);
      } catch (_2) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _2) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_3) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
  $ZodCheckStringFormat.init(inst, def);
  $ZodString.init(inst, def);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def) => {
  def.pattern ?? (def.pattern = datetime(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def) => {
  def.pattern ?? (def.pattern = date);
  $ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def) => {
  def.pattern ?? (def.pattern = time(def));
  $ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def) => {
  def.pattern ?? (def.pattern = duration);
  $ZodStringFormat.init(inst, def);
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_2) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_2) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c2) => c2[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t2 = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t2 === "never")
        unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    const r2 = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r2 instanceof Promise) {
      proms.push(r2.then((r3) => handlePropertyResult(r3, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r2, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject3 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r2 = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r2 instanceof Promise) {
        proms.push(r2.then((r3) => handlePropertyResult(r3, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r2, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r2) => !aborted(r2));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o2) => o2._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o2) => o2._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o2) => o2._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o2) => o2._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o2) => o2._zod.pattern)) {
      const patterns = zod.def.options.map((o2) => o2._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodTuple = /* @__PURE__ */ $constructor("$ZodTuple", (inst, def) => {
  $ZodType.init(inst, def);
  const items = def.items;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        input,
        inst,
        expected: "tuple",
        code: "invalid_type"
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
    const proms = [];
    const optinStart = getTupleOptStart(items, "optin");
    const optoutStart = getTupleOptStart(items, "optout");
    if (!def.rest) {
      if (input.length < optinStart) {
        payload.issues.push({
          code: "too_small",
          minimum: optinStart,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
        return payload;
      }
      if (input.length > items.length) {
        payload.issues.push({
          code: "too_big",
          maximum: items.length,
          inclusive: true,
          input,
          inst,
          origin: "array"
        });
      }
    }
    const itemResults = new Array(items.length);
    const abortEarly = def.rest ? ctx?.abortEarly : void 0;
    let itemAborted = false;
    for (let i = 0; i < items.length; i++) {
      const r2 = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
      if (r2 instanceof Promise) {
        proms.push(r2.then((rr) => {
          itemResults[i] = rr;
        }));
      } else {
        itemResults[i] = r2;
        if (abortEarly && !itemAborted && r2.issues.length)
          itemAborted = aborted(r2);
      }
    }
    if (def.rest && !itemAborted) {
      let i = items.length - 1;
      const rest = input.slice(items.length);
      let seen = payload.issues.length;
      for (const el of rest) {
        if (abortEarly && payload.issues.length !== seen) {
          if (aborted(payload, seen))
            break;
          seen = payload.issues.length;
        }
        i++;
        const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((r2) => handleTupleResult(r2, payload, i)));
        } else {
          handleTupleResult(result, payload, i);
        }
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
    }
    return handleTupleResults(itemResults, payload, items, input, optoutStart);
  };
});
function getTupleOptStart(items, key) {
  for (let i = items.length - 1; i >= 0; i--) {
    const omittable = key === "optin" ? items[i]._zod.optin !== void 0 : items[i]._zod.optout === "optional";
    if (!omittable)
      return i + 1;
  }
  return 0;
}
function handleTupleResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
  for (let i = 0; i < items.length; i++) {
    const r2 = itemResults[i];
    const isPresent = i < input.length;
    if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
      final.value.length = i;
      break;
    }
    if (r2.issues.length) {
      if (!isPresent && i >= optoutStart) {
        final.value.length = i;
        break;
      }
      final.issues.push(...prefixIssues(i, r2.issues));
    }
    final.value[i] = r2.value;
  }
  for (let i = final.value.length - 1; i >= input.length; i--) {
    if (items[i]._zod.optout === "optional" && final.value[i] === void 0) {
      final.value.length = i;
    } else {
      break;
    }
  }
  return final;
}
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o2) => escapeRegex(o2.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o2) => typeof o2 === "string" ? escapeRegex(o2) : o2 ? escapeRegex(o2.toString()) : String(o2)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def.defaultValue;
      return payload;
    }
    const result = def.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def));
    }
    return handleDefaultResult(result, def);
  };
});
function handleDefaultResult(payload, def) {
  if (payload.value === void 0) {
    payload.value = def.defaultValue;
  }
  return payload;
}
function handleCatchResult(payload, result, def, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def.innerType._zod.run(payload, ctx);
    }
    const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def, ctx));
    }
    return handleCatchResult(payload, result, def, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodLazy = /* @__PURE__ */ $constructor("$ZodLazy", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazy(inst._zod, "innerType", () => {
    const d = def;
    if (!d._cachedInner)
      d._cachedInner = def.getter();
    return d._cachedInner;
  });
  defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
  defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
  defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? void 0);
  inst._zod.parse = (payload, ctx) => {
    const inner = inst._zod.innerType;
    return inner._zod.run(payload, ctx);
  };
});

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o2) => `'${o2}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value) {
    own(this, "with", value);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
  $ZodStringFormat.init(inst, def);
  ZodMiniString.init(inst, def);
});
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniUnknown = /* @__PURE__ */ $constructor("ZodMiniUnknown", (inst, def) => {
  $ZodUnknown.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function unknown() {
  return _unknown(ZodMiniUnknown);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function looseObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ unknown(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function extend2(schema, shape) {
  return extend(schema, shape);
}
// @__NO_SIDE_EFFECTS__
function partial2(schema, mask) {
  const def = schema._zod.def;
  if (def.type !== "tuple")
    return partial(ZodMiniOptional, schema, mask);
  if (def.checks?.length)
    throw new Error(".partial() cannot be used on tuple schemas containing refinements");
  return clone(schema, {
    ...def,
    items: def.items.map((item) => new ZodMiniOptional({ type: "optional", innerType: item }))
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniTuple = /* @__PURE__ */ $constructor("ZodMiniTuple", (inst, def) => {
  $ZodTuple.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function tuple(items, _paramsOrRest, _params) {
  const hasRest = _paramsOrRest instanceof $ZodType;
  const params = hasRest ? _params : _paramsOrRest;
  const rest = hasRest ? _paramsOrRest : null;
  return new ZodMiniTuple({
    type: "tuple",
    items,
    rest,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniNullable = /* @__PURE__ */ $constructor("ZodMiniNullable", (inst, def) => {
  $ZodNullable.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function nullable(innerType) {
  return new ZodMiniNullable({
    type: "nullable",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function nullish2(innerType) {
  return /* @__PURE__ */ optional(/* @__PURE__ */ nullable(innerType));
}
var ZodMiniDefault = /* @__PURE__ */ $constructor("ZodMiniDefault", (inst, def) => {
  $ZodDefault.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _default(innerType, defaultValue) {
  return new ZodMiniDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
    }
  });
}
var ZodMiniCatch = /* @__PURE__ */ $constructor("ZodMiniCatch", (inst, def) => {
  $ZodCatch.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _catch(innerType, catchValue) {
  return new ZodMiniCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}
var ZodMiniLazy = /* @__PURE__ */ $constructor("ZodMiniLazy", (inst, def) => {
  $ZodLazy.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function _lazy(getter) {
  return new ZodMiniLazy({
    type: "lazy",
    getter
  });
}

// node_modules/zod/v4/mini/iso.js
var iso_exports = {};
__export(iso_exports, {
  ZodMiniISODate: () => ZodMiniISODate,
  ZodMiniISODateTime: () => ZodMiniISODateTime,
  ZodMiniISODuration: () => ZodMiniISODuration,
  ZodMiniISOTime: () => ZodMiniISOTime,
  date: () => date2,
  datetime: () => datetime2,
  duration: () => duration2,
  time: () => time2
});
var ZodMiniISODateTime = /* @__PURE__ */ $constructor("ZodMiniISODateTime", (inst, def) => {
  $ZodISODateTime.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function datetime2(params) {
  return _isoDateTime(ZodMiniISODateTime, params);
}
var ZodMiniISODate = /* @__PURE__ */ $constructor("ZodMiniISODate", (inst, def) => {
  $ZodISODate.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function date2(params) {
  return _isoDate(ZodMiniISODate, params);
}
var ZodMiniISOTime = /* @__PURE__ */ $constructor("ZodMiniISOTime", (inst, def) => {
  $ZodISOTime.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function time2(params) {
  return _isoTime(ZodMiniISOTime, params);
}
var ZodMiniISODuration = /* @__PURE__ */ $constructor("ZodMiniISODuration", (inst, def) => {
  $ZodISODuration.init(inst, def);
  ZodMiniStringFormat.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function duration2(params) {
  return _isoDuration(ZodMiniISODuration, params);
}

// scripts/core/store/store.ts
var import_node_fs6 = __toESM(require("node:fs"), 1);
var import_node_path7 = __toESM(require("node:path"), 1);

// node_modules/@toon-format/toon/dist/index.mjs
var NULL_LITERAL = "null";
var DELIMITERS = {
  comma: ",",
  tab: "	",
  pipe: "|"
};
var DEFAULT_DELIMITER = DELIMITERS.comma;
function escapeString(value) {
  return value.replace(/\\/g, `\\\\`).replace(/"/g, `\\"`).replace(/\n/g, `\\n`).replace(/\r/g, `\\r`).replace(/\t/g, `\\t`).replace(/[\u0000-\u001F]/g, (c2) => `\\u${c2.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function isBooleanOrNullLiteral(token) {
  return token === "true" || token === "false" || token === "null";
}
function setOwnProperty(target, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    });
    return;
  }
  target[key] = value;
}
var COMMENT_LINE_PATTERN = new RegExp(`(?:^\uFEFF?|\\n) *#`);
var RawString = class {
  constructor(value) {
    if (COMMENT_LINE_PATTERN.test(value)) throw new TypeError(`Raw string must not contain a line starting with "#": ${JSON.stringify(value)}`);
    this.value = value;
  }
};
function isRawString(value) {
  return value instanceof RawString;
}
var SURROGATE_PATTERN = /[\uD800-\uDFFF]/;
function normalizeValue(value) {
  if (value === null) return null;
  if (isRawString(value)) return value;
  if (typeof value === "object" && value !== null && "toJSON" in value && typeof value.toJSON === "function") {
    const next = value.toJSON();
    if (next !== value) return normalizeValue(next);
  }
  if (typeof value === "string") {
    assertNoLoneSurrogate(value, "string value");
    return value;
  }
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Object.is(value, -0)) return 0;
    if (!Number.isFinite(value)) return null;
    return value;
  }
  if (typeof value === "bigint") {
    if (value >= Number.MIN_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER) return Number(value);
    return value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return Array.from(value, normalizeValue);
  if (value instanceof Set) return Array.from(value).map(normalizeValue);
  if (value instanceof Map) return Object.fromEntries(Array.from(value, ([k, v]) => [String(k), normalizeValue(v)]));
  if (isPlainObject2(value)) {
    const encodedValues = {};
    for (const key in value) if (Object.hasOwn(value, key)) {
      assertNoLoneSurrogate(key, "object key");
      setOwnProperty(encodedValues, key, normalizeValue(value[key]));
    }
    return encodedValues;
  }
  return null;
}
function assertNoLoneSurrogate(value, context) {
  if (!SURROGATE_PATTERN.test(value)) return;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 55296 || code > 57343) continue;
    const isHighSurrogate = code <= 56319;
    const next = value.charCodeAt(index + 1);
    if (isHighSurrogate && next >= 56320 && next <= 57343) {
      index++;
      continue;
    }
    throw new TypeError(`Cannot encode ${context} containing an unpaired surrogate U+${code.toString(16).toUpperCase()} at index ${index}`);
  }
}
function isJsonPrimitive(value) {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function isEncodablePrimitive(value) {
  return isJsonPrimitive(value) || isRawString(value);
}
function isJsonArray(value) {
  return Array.isArray(value);
}
function isJsonObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !isRawString(value);
}
function isEmptyObject(value) {
  return Object.keys(value).length === 0;
}
function isPlainObject2(value) {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}
function isArrayOfPrimitives(value) {
  return value.length === 0 || value.every((item) => isEncodablePrimitive(item));
}
function isArrayOfArrays(value) {
  return value.length === 0 || value.every((item) => isJsonArray(item));
}
function isArrayOfObjects(value) {
  return value.length === 0 || value.every((item) => isJsonObject(item));
}
var NUMERIC_LIKE_PATTERN = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;
function assertValidDelimiter(delimiter) {
  if (!Object.values(DELIMITERS).includes(delimiter)) throw new TypeError(`Invalid delimiter ${JSON.stringify(delimiter)}. Valid delimiters are: comma (,), tab (\\t), pipe (|)`);
}
function isValidUnquotedKey(key) {
  return /^[A-Z_][\w.]*$/i.test(key);
}
function isSafeUnquoted(value, delimiter = DEFAULT_DELIMITER) {
  if (!value) return false;
  if (/^[ \t]|[ \t]$/.test(value)) return false;
  if (isBooleanOrNullLiteral(value) || isNumericLike(value)) return false;
  if (value.includes(":")) return false;
  if (value.includes('"') || value.includes("\\")) return false;
  if (/[[\]{}]/.test(value)) return false;
  if (/[\u0000-\u001F]/.test(value)) return false;
  if (value.includes(delimiter)) return false;
  if (value.startsWith("-")) return false;
  if (value.startsWith("#")) return false;
  return true;
}
function isNumericLike(value) {
  return NUMERIC_LIKE_PATTERN.test(value);
}
function encodePrimitive(value, delimiter) {
  if (isRawString(value)) return value.value;
  if (value === null) return NULL_LITERAL;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "number") return String(value);
  return encodeStringLiteral(value, delimiter);
}
function encodeStringLiteral(value, delimiter = DEFAULT_DELIMITER) {
  if (isSafeUnquoted(value, delimiter)) return value;
  return `"${escapeString(value)}"`;
}
function encodeKey(key) {
  if (isValidUnquotedKey(key)) return key;
  return `"${escapeString(key)}"`;
}
function encodeAndJoinPrimitives(values, delimiter = DEFAULT_DELIMITER) {
  return values.map((v) => encodePrimitive(v, delimiter)).join(delimiter);
}
function formatHeader(length, options) {
  const key = options?.key;
  const fields = options?.fields;
  const delimiter = options?.delimiter ?? ",";
  let header = "";
  if (key != null) header += encodeKey(key);
  header += `[${length}${options?.keyed ? ":" : ""}${delimiter !== DEFAULT_DELIMITER ? delimiter : ""}]`;
  if (fields) header += `{${formatFieldSegment(fields, delimiter)}}`;
  header += ":";
  return header;
}
function formatFieldSegment(fields, delimiter) {
  return fields.map((field) => encodeKey(field.name) + (field.children ? `{${formatFieldSegment(field.children, delimiter)}}` : "")).join(delimiter);
}
function extractTabularFields(rows) {
  if (rows.length === 0) return;
  const firstKeys = Object.keys(rows[0]);
  if (firstKeys.length === 0) return;
  for (const row of rows) {
    if (Object.keys(row).length !== firstKeys.length) return;
    for (const key of firstKeys) if (!Object.hasOwn(row, key)) return;
  }
  const fieldNodes = [];
  for (const key of firstKeys) {
    const fieldNode = classifyColumn(key, rows.map((row) => row[key]));
    if (!fieldNode) return;
    fieldNodes.push(fieldNode);
  }
  return fieldNodes;
}
function extractKeyedTabularFields(value) {
  const entryValues = Object.values(value);
  if (entryValues.length < 2) return;
  if (!entryValues.every((entryValue) => isJsonObject(entryValue) && !isEmptyObject(entryValue))) return;
  return extractTabularFields(entryValues);
}
function collectRowLeaves(row, fields) {
  const leaves = [];
  collectLeafValues(row, fields, leaves);
  return leaves;
}
function classifyColumn(name, values) {
  if (values.every((value) => isEncodablePrimitive(value))) return { name };
  if (!values.every((value) => isJsonObject(value) && !isEmptyObject(value))) return;
  const children = extractTabularFields(values);
  if (!children) return;
  return {
    name,
    children
  };
}
function collectLeafValues(row, fields, leaves) {
  for (const field of fields) {
    const value = row[field.name];
    if (field.children) collectLeafValues(value, field.children, leaves);
    else leaves.push(value);
  }
}
function* encodeJsonValue(value, options, depth) {
  if (isEncodablePrimitive(value)) {
    const encodedPrimitive = typeof value === "string" && value.startsWith("\uFEFF") ? `"${escapeString(value)}"` : encodePrimitive(value, options.delimiter);
    if (encodedPrimitive !== "") yield encodedPrimitive;
    return;
  }
  if (isJsonArray(value)) yield* encodeArrayLines(void 0, value, depth, options);
  else if (isJsonObject(value)) {
    const keyedFields = extractKeyedTabularFields(value);
    if (keyedFields) {
      yield* encodeKeyedObjectLines(void 0, value, keyedFields, depth, options);
      return;
    }
    yield* encodeObjectLines(value, depth, options);
  }
}
function* encodeObjectLines(value, depth, options) {
  for (const [key, val] of Object.entries(value)) yield* encodeKeyValuePairLines(key, val, depth, options);
}
function* encodeKeyValuePairLines(key, value, depth, options) {
  const encodedKey = encodeKey(key);
  if (isEncodablePrimitive(value)) yield indentedLine(depth, `${encodedKey}: ${encodePrimitive(value, options.delimiter)}`, options.indentSize);
  else if (isJsonArray(value)) yield* encodeArrayLines(key, value, depth, options);
  else if (isJsonObject(value)) {
    const keyedFields = extractKeyedTabularFields(value);
    if (keyedFields) {
      yield* encodeKeyedObjectLines(key, value, keyedFields, depth, options);
      return;
    }
    yield indentedLine(depth, `${encodedKey}:`, options.indentSize);
    if (!isEmptyObject(value)) yield* encodeObjectLines(value, depth + 1, options);
  }
}
function* encodeKeyedObjectLines(key, value, fields, depth, options) {
  const entries = Object.entries(value);
  yield indentedLine(depth, formatHeader(entries.length, {
    key,
    fields,
    delimiter: options.delimiter,
    keyed: true
  }), options.indentSize);
  yield* encodeKeyedEntryRowsLines(entries, fields, depth + 1, options);
}
function* encodeKeyedEntryRowsLines(entries, fields, depth, options) {
  for (const [entryKey, entryValue] of entries) {
    const leaves = collectRowLeaves(entryValue, fields);
    yield indentedLine(depth, `${encodeKey(entryKey)}: ${encodeAndJoinPrimitives(leaves, options.delimiter)}`, options.indentSize);
  }
}
function* encodeArrayLines(key, value, depth, options) {
  if (value.length === 0) {
    yield indentedLine(depth, key != null ? `${encodeKey(key)}: []` : "[]", options.indentSize);
    return;
  }
  if (isArrayOfPrimitives(value)) {
    yield indentedLine(depth, encodeInlineArrayLine(value, options.delimiter, key), options.indentSize);
    return;
  }
  if (isArrayOfArrays(value)) {
    if (value.every((arr) => isArrayOfPrimitives(arr))) {
      yield* encodeArrayOfArraysAsListItemsLines(key, value, depth, options);
      return;
    }
  }
  if (isArrayOfObjects(value)) {
    const fields = extractTabularFields(value);
    if (fields) yield* encodeArrayOfObjectsAsTabularLines(key, value, fields, depth, options);
    else yield* encodeMixedArrayAsListItemsLines(key, value, depth, options);
    return;
  }
  yield* encodeMixedArrayAsListItemsLines(key, value, depth, options);
}
function* encodeArrayOfArraysAsListItemsLines(prefix, values, depth, options) {
  yield indentedLine(depth, formatHeader(values.length, {
    key: prefix,
    delimiter: options.delimiter
  }), options.indentSize);
  for (const arr of values) if (isArrayOfPrimitives(arr)) {
    const arrayLine = encodeInlineArrayLine(arr, options.delimiter);
    yield indentedListItem(depth + 1, arrayLine, options.indentSize);
  }
}
function encodeInlineArrayLine(values, delimiter, prefix) {
  const header = formatHeader(values.length, {
    key: prefix,
    delimiter
  });
  const joinedValue = encodeAndJoinPrimitives(values, delimiter);
  if (values.length === 0) return header;
  return `${header} ${joinedValue}`;
}
function* encodeArrayOfObjectsAsTabularLines(prefix, rows, fields, depth, options) {
  yield indentedLine(depth, formatHeader(rows.length, {
    key: prefix,
    fields,
    delimiter: options.delimiter
  }), options.indentSize);
  yield* writeTabularRowsLines(rows, fields, depth + 1, options);
}
function* writeTabularRowsLines(rows, fields, depth, options) {
  for (const row of rows) yield indentedLine(depth, encodeAndJoinPrimitives(collectRowLeaves(row, fields), options.delimiter), options.indentSize);
}
function* encodeMixedArrayAsListItemsLines(prefix, items, depth, options) {
  yield indentedLine(depth, formatHeader(items.length, {
    key: prefix,
    delimiter: options.delimiter
  }), options.indentSize);
  for (const item of items) yield* encodeListItemValueLines(item, depth + 1, options);
}
function* encodeObjectAsListItemLines(obj, depth, options) {
  if (isEmptyObject(obj)) {
    yield indentedLine(depth, "-", options.indentSize);
    return;
  }
  const entries = Object.entries(obj);
  const [firstKey, firstValue] = entries[0];
  const restEntries = entries.slice(1);
  if (isJsonArray(firstValue) && isArrayOfObjects(firstValue)) {
    const fields = extractTabularFields(firstValue);
    if (fields) {
      yield indentedListItem(depth, formatHeader(firstValue.length, {
        key: firstKey,
        fields,
        delimiter: options.delimiter
      }), options.indentSize);
      yield* writeTabularRowsLines(firstValue, fields, depth + 2, options);
      if (restEntries.length > 0) yield* encodeObjectLines(Object.fromEntries(restEntries), depth + 1, options);
      return;
    }
  }
  if (isJsonObject(firstValue)) {
    const keyedFields = extractKeyedTabularFields(firstValue);
    if (keyedFields) {
      const keyedEntries = Object.entries(firstValue);
      yield indentedListItem(depth, formatHeader(keyedEntries.length, {
        key: firstKey,
        fields: keyedFields,
        delimiter: options.delimiter,
        keyed: true
      }), options.indentSize);
      yield* encodeKeyedEntryRowsLines(keyedEntries, keyedFields, depth + 2, options);
      if (restEntries.length > 0) yield* encodeObjectLines(Object.fromEntries(restEntries), depth + 1, options);
      return;
    }
  }
  const encodedKey = encodeKey(firstKey);
  if (isEncodablePrimitive(firstValue)) yield indentedListItem(depth, `${encodedKey}: ${encodePrimitive(firstValue, options.delimiter)}`, options.indentSize);
  else if (isJsonArray(firstValue)) {
    if (firstValue.length === 0) yield indentedListItem(depth, `${encodedKey}: []`, options.indentSize);
    else if (isArrayOfPrimitives(firstValue)) yield indentedListItem(depth, `${encodedKey}${encodeInlineArrayLine(firstValue, options.delimiter)}`, options.indentSize);
    else {
      yield indentedListItem(depth, `${encodedKey}${formatHeader(firstValue.length, { delimiter: options.delimiter })}`, options.indentSize);
      for (const item of firstValue) yield* encodeListItemValueLines(item, depth + 2, options);
    }
  } else if (isJsonObject(firstValue)) {
    yield indentedListItem(depth, `${encodedKey}:`, options.indentSize);
    if (!isEmptyObject(firstValue)) yield* encodeObjectLines(firstValue, depth + 2, options);
  }
  if (restEntries.length > 0) yield* encodeObjectLines(Object.fromEntries(restEntries), depth + 1, options);
}
function* encodeListItemValueLines(value, depth, options) {
  if (isEncodablePrimitive(value)) yield indentedListItem(depth, encodePrimitive(value, options.delimiter), options.indentSize);
  else if (isJsonArray(value)) {
    if (isArrayOfPrimitives(value)) yield indentedListItem(depth, encodeInlineArrayLine(value, options.delimiter), options.indentSize);
    else {
      yield indentedListItem(depth, formatHeader(value.length, { delimiter: options.delimiter }), options.indentSize);
      for (const item of value) yield* encodeListItemValueLines(item, depth + 1, options);
    }
  } else if (isJsonObject(value)) yield* encodeObjectAsListItemLines(value, depth, options);
}
function indentedLine(depth, content, indentSize) {
  return " ".repeat(indentSize * depth) + content;
}
function indentedListItem(depth, content, indentSize) {
  return indentedLine(depth, "- " + content, indentSize);
}
function applyReplacer(root, replacer) {
  const replacedRoot = replacer("", root, []);
  if (replacedRoot === void 0) return transformChildren(root, replacer, []);
  return transformReplaced(root, replacedRoot, replacer, []);
}
function transformReplaced(original, replaced, replacer, path18) {
  if (isRawString(replaced) && !isEncodablePrimitive(original)) return transformChildren(original, replacer, path18);
  return transformChildren(normalizeValue(replaced), replacer, path18);
}
function transformChildren(value, replacer, path18) {
  if (isJsonObject(value)) return transformObject(value, replacer, path18);
  if (isJsonArray(value)) return transformArray(value, replacer, path18);
  return value;
}
function transformObject(obj, replacer, path18) {
  const result = {};
  for (const [key, value] of Object.entries(obj)) {
    const childPath = [...path18, key];
    const replacedValue = replacer(key, value, childPath);
    if (replacedValue === void 0) continue;
    setOwnProperty(result, key, transformReplaced(value, replacedValue, replacer, childPath));
  }
  return result;
}
function transformArray(arr, replacer, path18) {
  const result = [];
  for (let i = 0; i < arr.length; i++) {
    const value = arr[i];
    const childPath = [...path18, i];
    const replacedValue = replacer(String(i), value, childPath);
    if (replacedValue === void 0) continue;
    result.push(transformReplaced(value, replacedValue, replacer, childPath));
  }
  return result;
}
function encode2(input, options) {
  return Array.from(encodeLines(input, options)).join("\n");
}
function encodeLines(input, options) {
  const normalizedValue = normalizeValue(input);
  const resolvedOptions = resolveOptions(options);
  return encodeJsonValue(resolvedOptions.replacer ? applyReplacer(normalizedValue, resolvedOptions.replacer) : normalizedValue, resolvedOptions, 0);
}
function resolveOptions(options) {
  const delimiter = options?.delimiter ?? DEFAULT_DELIMITER;
  assertValidDelimiter(delimiter);
  return {
    indentSize: options?.indentSize ?? options?.indent ?? 2,
    delimiter,
    replacer: options?.replacer
  };
}

// scripts/core/shared/atomic-write.ts
var import_node_fs2 = __toESM(require("node:fs"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var FILE_MODE = 384;
var NO_SPACE = /* @__PURE__ */ new Set(["ENOSPC", "EDQUOT", "EFBIG"]);
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const written = import_node_fs2.default.writeSync(fd, bytes, offset, bytes.length - offset);
    if (written <= 0) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
    offset += written;
  }
}
function prepare(file, data) {
  const bytes = typeof data === "string" ? Buffer.from(data) : data;
  const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const fd = import_node_fs2.default.openSync(tmp, "wx", FILE_MODE);
  let ready = false;
  try {
    writeAll(fd, bytes);
    import_node_fs2.default.fsyncSync(fd);
    if (import_node_fs2.default.fstatSync(fd).size !== bytes.length) throw Object.assign(new Error("short file"), { code: "ENOSPC" });
    ready = true;
    return tmp;
  } finally {
    import_node_fs2.default.closeSync(fd);
    if (!ready) import_node_fs2.default.rmSync(tmp, { force: true });
  }
}
function syncDir(dir) {
  const fd = import_node_fs2.default.openSync(dir, "r");
  try {
    import_node_fs2.default.fsyncSync(fd);
  } finally {
    import_node_fs2.default.closeSync(fd);
  }
}
function failure2(error2, files) {
  const code = error2?.code;
  if (code && NO_SPACE.has(code)) {
    return new WorkflowError(`cannot save ${files.map((f2) => import_node_path2.default.basename(f2)).join(", ")} in ${import_node_path2.default.dirname(files[0] ?? ".")}: the disk is full; nothing was changed`);
  }
  return error2;
}
function writeFilesAtomic(entries) {
  const ready = [];
  try {
    for (const [file, data] of entries) ready.push(prepare(file, data));
  } catch (error2) {
    for (const tmp of ready) import_node_fs2.default.rmSync(tmp, { force: true });
    throw failure2(error2, entries.map(([file]) => file));
  }
  entries.forEach(([file], i) => {
    try {
      import_node_fs2.default.renameSync(ready[i] ?? "", file);
    } catch (error2) {
      for (const tmp of ready.slice(i)) import_node_fs2.default.rmSync(tmp, { force: true });
      throw failure2(error2, [file]);
    }
  });
  for (const dir of new Set(entries.map(([file]) => import_node_path2.default.dirname(file)))) syncDir(dir);
}
function writeFileAtomic(file, data) {
  writeFilesAtomic([[file, data]]);
}

// scripts/core/shared/state-fields.ts
var SCHEMA_VERSION = 2;
var WORKFLOW_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
var COMMIT_ID_PATTERN = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var WORKFLOW_STATUSES = ["active", "paused", "waiting_approval", "completed", "cancelled"];
var STATE_MEMO_LINE = /^([a-z0-9][a-z0-9-]{0,80})\t(\d+:\d+:[\d.]+:[\d.]+)\t((?:sha256:[0-9a-f]{64})?)\t(active|paused|waiting_approval|completed|cancelled)\t([01])\t([^\t\n]*)\t([^\t\n]*)\t((?:=[^\t\n]*)?)(?:\t([01]))?$/;

// scripts/core/redact/redact-patterns.ts
var END = "(?![A-Za-z0-9_-])";
var t = (kind, source, flags = "g") => ({ kind, pattern: new RegExp(source, flags) });
var tokenPatterns = () => [
  t("anthropic-key", String.raw`\bsk-ant-[A-Za-z0-9_-]{20,}`),
  // a digit is required: a long hyphenated word after "sk-" is prose, a key never lacks digits
  t("openai-key", String.raw`\bsk-(?=[A-Za-z0-9_-]{20,})(?=[A-Za-z_-]*\d)[A-Za-z0-9_-]+`),
  t("github-token", String.raw`\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})`),
  t("gitlab-token", String.raw`\b(?:gl(?:pat|ptt|dt|rt|ft|imt|oas|soat|cbt|agent)-[A-Za-z0-9_-]{20,}|GR1348941[A-Za-z0-9_-]{20,})`),
  t("aws-access-key-id", String.raw`\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b`),
  t("google-api-key", String.raw`\bAIza[A-Za-z0-9_-]{35}${END}`),
  t("google-oauth-secret", String.raw`\bGOCSPX-[A-Za-z0-9_-]{28}${END}`),
  t("google-oauth-token", String.raw`\b(?:ya29\.[A-Za-z0-9_-]{20,}|1\/\/0[A-Za-z0-9_-]{40,})`),
  t("azure-storage-key", String.raw`(?<=AccountKey=)[A-Za-z0-9+/]{86}==`),
  t("azure-shared-access-key", String.raw`(?<=SharedAccessKey=)[A-Za-z0-9+/]{42,44}=`),
  t("azure-sas-signature", String.raw`(?<=[?&]sig=)[A-Za-z0-9%+/=]{20,}`),
  t("azure-client-secret", String.raw`(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])`),
  t("stripe-webhook-secret", String.raw`\bwhsec_[A-Za-z0-9]{32,}`),
  t("twilio-api-key", String.raw`\bSK[0-9a-fA-F]{32}\b`),
  t("pypi-token", String.raw`\bpypi-AgE[A-Za-z0-9_-]{50,}`),
  t("huggingface-token", String.raw`\b(?:hf_|api_org_)[A-Za-z0-9]{34}\b`),
  t("age-secret-key", String.raw`\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b`),
  t("slack-token", String.raw`\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,}|\bxoxe\.xox[bp]-[A-Za-z0-9-]{20,}`),
  t("slack-webhook", String.raw`https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/-]+`),
  t("discord-webhook", String.raw`https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d+\/[A-Za-z0-9_-]+`),
  t("telegram-bot-token", String.raw`\b\d{8,10}:AA[A-Za-z0-9_-]{33}${END}`),
  t("mailgun-key", String.raw`\bkey-[0-9a-f]{32}\b`),
  t("mailchimp-key", String.raw`\b[0-9a-f]{32}-us\d{1,2}\b`),
  t("digitalocean-token", String.raw`\bdo[opr]_v1_[a-f0-9]{64}\b`),
  t("square-token", String.raw`\bsq0(?:atp|csp)-[A-Za-z0-9_-]{22,43}${END}`),
  t("planetscale-token", String.raw`\bpscale_(?:tkn|pw|oauth)_[A-Za-z0-9_.-]{32,64}`),
  t("postman-key", String.raw`\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b`),
  t("doppler-token", String.raw`\bdp\.(?:st|ct|sa|scim|audit|pt)\.[A-Za-z0-9_.-]{40,}`),
  t("pulumi-token", String.raw`\bpul-[a-f0-9]{40}\b`),
  t("sentry-token", String.raw`\bsntry[su]_[A-Za-z0-9+/=_-]{40,}`),
  t("new-relic-key", String.raw`\bNRAK-[A-Z0-9]{27}\b`),
  t("supabase-token", String.raw`\bsbp_[a-f0-9]{40}\b`),
  t("airtable-token", String.raw`\bpat[A-Za-z0-9]{14}\.[a-f0-9]{64}\b`),
  t("terraform-token", String.raw`\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,}`),
  t("alibaba-key-id", String.raw`\bLTAI[A-Za-z0-9]{20}\b`),
  t("atlassian-token", String.raw`\bATATT3[A-Za-z0-9_=-]{100,}`),
  t("fly-token", String.raw`\b(?:fo1_[A-Za-z0-9_-]{43}${END}|fm[12][ar]?_[A-Za-z0-9+/=_-]{100,})`),
  t("heroku-key", String.raw`\bHRKU-[A-Za-z0-9_-]{40,}`),
  t("onepassword-token", String.raw`\bops_eyJ[A-Za-z0-9+/=]{100,}`),
  t("notion-token", String.raw`\bsecret_[A-Za-z0-9]{43}\b`),
  t("cloudflare-origin-ca-key", String.raw`\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b`),
  t("jwt", String.raw`\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}`)
];
var TOKENS = /* @__PURE__ */ tokenPatterns();
var BEARER = /\b(bearer[ \t]+)(?=[A-Za-z0-9._~+/-]{16,})(?=[A-Za-z._~+/-]*\d)[A-Za-z0-9._~+/-]+=*/gi;
var BASIC = /\b((?:proxy-)?authorization:[ \t]*basic[ \t]+)[A-Za-z0-9+/]{8,}=*/gi;
var USER_FLAG = /(?<=\s|^)((?:-u|--user)(?:[ \t]+|=)?(["']?)([^\s:"'$]{1,256}):)([^\s"'$][^\s"']{0,511})\2/gm;
var SECRET_FLAG = /(?<=\s|^)((?:--(?:password|passwd|pass|token|secret|api-key|apikey|auth-token|access-token|client-secret)(?:[ \t]+|=))|(?<=\bsshpass[ \t]+)-p[ \t]*)(["']?)([^\s"'$-][^\s"']{0,511})\2/gim;
var URL_PASSWORD = /\b([a-z][a-z0-9+.-]{1,30}:\/\/[^\s:@/[\]]{0,256}:)([^\s/]{1,512})@(?=[^\s@/])/gi;
var PEM_BEGIN = /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_END = /-----END [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_BODY = /(?:(?:\s|\\+[nr])+[A-Za-z0-9+/=]{16,})*/y;

// scripts/core/redact/secret-scanner.ts
var import_node_fs3 = require("node:fs");
var import_node_url = require("node:url");

// scripts/core/shared/node-builtins.ts
var nodeOs = () => typeof require === "function" ? require("node:os") : process.getBuiltinModule("node:os");
var nodeCrypto = () => typeof require === "function" ? require("node:crypto") : process.getBuiltinModule("node:crypto");
var nodeModule = () => typeof require === "function" ? require("node:module") : process.getBuiltinModule("node:module");
var nodeChildProcess = () => typeof require === "function" ? require("node:child_process") : process.getBuiltinModule("node:child_process");
function homeDir() {
  return process.platform !== "win32" && process.env.HOME || nodeOs().homedir();
}

// scripts/core/redact/secret-scanner.ts
var LEFT_OUT = /* @__PURE__ */ new Set(["database-connection-string", "basicauth", "filter-comments"]);
var KIND_BY_MESSAGE = {
  AWSSecretAccessKey: "aws-secret-key",
  AWSAccessKeyID: "aws-access-key-id",
  ANTHROPIC_API_KEY: "anthropic-key",
  OPENAI_TOKEN: "openai-key",
  IncomingWebhook: "slack-webhook",
  PrivateKeyJSON: "private-key",
  NPM_ACCESS_TOKEN: "npm-token",
  Npmrc_authToken: "npm-token",
  PackageJSON_xOauthToken: "github-token"
};
var kebab = (id) => id.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();
var PRESET = "@secretlint/secretlint-rule-preset-recommend";
var BUNDLED_RULES = "secret-rules.cjs";
var loaded;
function isRuleCreator(value) {
  if (typeof value !== "object" || value === null) return false;
  const { meta: meta2, create } = value;
  return typeof meta2?.id === "string" && typeof create === "function";
}
function loadSecretRules() {
  if (loaded) return loaded;
  const load = typeof require === "function" ? require : nodeModule().createRequire(__workflowModule.url);
  const bundled = [BUNDLED_RULES, `chunks/${BUNDLED_RULES}`, `../chunks/${BUNDLED_RULES}`, `../../chunks/${BUNDLED_RULES}`].map((relative) => (0, import_node_url.fileURLToPath)(new URL(relative, __workflowModule.url))).find((f2) => (0, import_node_fs3.existsSync)(f2));
  const module2 = load(bundled ?? PRESET);
  const rules = module2.rules;
  if (!Array.isArray(rules) || !rules.every(isRuleCreator)) throw new Error(`${PRESET} no longer exports its rules as an array of rule creators`);
  loaded = rules.filter((rule) => !LEFT_OUT.has(rule.meta.id.replace(/^@secretlint\/secretlint-rule-/, "")));
  return loaded;
}
function findSecretsByRules(text) {
  const found = [];
  for (const rule of loadSecretRules()) {
    const context = {
      // the message id is all that is kept: it names the kind of secret, never its value
      createTranslator: () => (messageId) => messageId,
      report: ({ message, range }) => {
        const id = typeof message === "string" ? message : "secret";
        found.push({ start: range[0], end: range[1], kind: KIND_BY_MESSAGE[id] ?? kebab(id) });
      },
      ignore: () => void 0
    };
    rule.create(context, {}).file?.({ content: text, filePath: "workflow.txt", ext: ".txt", contentType: "text" });
  }
  return found;
}

// scripts/core/redact/redact.ts
var MARKER_PREFIX = "[REDACTED:";
var marker = (kind) => `${MARKER_PREFIX}${kind}]`;
var ASSIGNMENT = /(?<![\w.-])(export[ \t]+)?(["']?)([A-Za-z_][\w.-]*)\2([ \t]*)([=:])([ \t]*)/g;
var VALUE = /"[^"\n]{0,4096}"|'[^'\n]{0,4096}'|(?:[^\s"'\\]|\\(?![\\nr]))+/y;
var SECRET_NAME = /passw(?:or)?d|passphrase|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|auth[_.-]?key|signing[_.-]?key|encryption[_.-]?key|^_?auth$/i;
var NOT_SECRET_NAME = /(?:url|uri|file|path|dir|endpoint|host|name|type|id|ttl|expiry|expires(?:_at)?|length|count|limit|header)$/i;
var NOT_SECRET_VALUE = /^[[{]|^(?:\d+(?:\.\d+)?|true|false|null|none|nil|undefined|yes|no|\*+|x+|\.\.\.|\u2026)$|^<|^\$|\(|^\[REDACTED:/i;
function redactPem(text, hit) {
  if (!text.includes("PRIVATE KEY")) return text;
  let out = "";
  let last = 0;
  let nextEnd = -2;
  const endFrom = (from) => {
    if (nextEnd === -1 || nextEnd >= from) return nextEnd;
    PEM_END.lastIndex = from;
    nextEnd = PEM_END.exec(text) ? PEM_END.lastIndex : -1;
    return nextEnd;
  };
  PEM_BEGIN.lastIndex = 0;
  let begin = PEM_BEGIN.exec(text);
  while (begin) {
    const bodyStart = PEM_BEGIN.lastIndex;
    const following = PEM_BEGIN.exec(text);
    let stop = endFrom(bodyStart);
    if (stop < 0 || following && stop > following.index) {
      PEM_BODY.lastIndex = bodyStart;
      PEM_BODY.exec(text);
      stop = PEM_BODY.lastIndex;
    }
    out += text.slice(last, begin.index) + marker("private-key");
    hit();
    last = stop;
    begin = following;
    while (begin && begin.index < stop) {
      PEM_BEGIN.lastIndex = Math.max(PEM_BEGIN.lastIndex, stop);
      begin = PEM_BEGIN.exec(text);
    }
    if (begin) PEM_BEGIN.lastIndex = begin.index + begin[0].length;
  }
  return out + text.slice(last);
}
function assignmentKind(name) {
  if (!SECRET_NAME.test(name) || NOT_SECRET_NAME.test(name)) return null;
  if (/aws/i.test(name)) return "aws-secret-key";
  if (/passw(?:or)?d|passphrase/i.test(name)) return "password";
  if (/api[_.-]?key/i.test(name)) return "api-key";
  return "secret";
}
function restOfLineIsBlank(text, from) {
  for (let i = from; i < text.length; i++) {
    const c2 = text.charCodeAt(i);
    if (c2 === 10 || c2 === 13) return true;
    if (c2 === 92) {
      let j = i;
      while (text.charCodeAt(j) === 92) j++;
      return text[j] === "n" || text[j] === "r";
    }
    if (c2 !== 32 && c2 !== 9 && c2 !== 44 && c2 !== 59) return false;
  }
  return true;
}
function redactAssignments(text, hit) {
  let out = "";
  let last = 0;
  ASSIGNMENT.lastIndex = 0;
  for (let m = ASSIGNMENT.exec(text); m; m = ASSIGNMENT.exec(text)) {
    const [head, exported = "", quote = "", name = "", before = "", op = "", after = ""] = m;
    const valueAt = m.index + head.length;
    if (!assignmentKind(name)) continue;
    VALUE.lastIndex = valueAt;
    const value = VALUE.exec(text)?.[0] ?? "";
    const end = valueAt + value.length;
    if (!isSecretAssignment(text, name, quote, op, value, end)) {
      ASSIGNMENT.lastIndex = valueAt;
      continue;
    }
    const kind = assignmentKind(name) ?? "secret";
    const kept = /^["']/.test(value) ? value.charAt(0) : "";
    out += `${text.slice(last, m.index)}${exported}${quote}${name}${quote}${before}${op}${after}${kept}${marker(kind)}${kept}`;
    hit();
    last = end;
    ASSIGNMENT.lastIndex = end;
  }
  return out + text.slice(last);
}
function isSecretAssignment(text, name, quote, op, value, end) {
  if (!assignmentKind(name)) return false;
  if (/^_?auth$/i.test(name) && !quote) return false;
  const quoted = /^["']/.test(value);
  const bare = quoted ? value.slice(1, -1) : value;
  const head = quoted ? bare : (bare.split(/[,;})\]`]/)[0] ?? "").replace(/[.:]+$/, "");
  if (!head || NOT_SECRET_VALUE.test(head) || /^[=>]/.test(head)) return false;
  const alone = restOfLineIsBlank(text, end) || /^[ \t]+(?:#|\/\/)/.test(text.slice(end, end + 3));
  if (!quoted && !alone && /^[A-Za-z]+$/.test(head)) return false;
  if (op === ":" && !quote) {
    if (!alone) return false;
    if (!/[_A-Z]/.test(name.replace(/^[A-Z]/, "")) && !/[^A-Za-z]/.test(bare)) return false;
  }
  return true;
}
function redactByRules(text, hit) {
  const ranges = findSecretsByRules(text).sort((a, b) => a.start - b.start || b.end - a.end);
  if (ranges.length === 0) return text;
  const markers = [...text.matchAll(/\[REDACTED:[a-z0-9-]+\]/g)].map((m) => [m.index, m.index + m[0].length]);
  let next = 0;
  const insideMarker = (start, end) => {
    while ((markers[next]?.[1] ?? Infinity) <= start) next++;
    const around = markers[next];
    return around !== void 0 && around[0] < end;
  };
  let out = "";
  let last = 0;
  for (const { start, end, kind } of ranges) {
    if (start < last || end <= start || insideMarker(start, end)) continue;
    out += text.slice(last, start) + marker(kind);
    hit();
    last = end;
  }
  return out + text.slice(last);
}
function redactText(text) {
  let count = 0;
  const hit = () => {
    count++;
  };
  let out = redactPem(text, hit);
  out = out.replace(URL_PASSWORD, (whole, head, password) => {
    if (password.startsWith(MARKER_PREFIX) || password.startsWith("$")) return whole;
    hit();
    return `${head}${marker("url-password")}@`;
  });
  for (const { kind, pattern } of TOKENS) {
    out = out.replace(pattern, () => {
      hit();
      return marker(kind);
    });
  }
  out = out.replace(BEARER, (_whole, head) => {
    hit();
    return `${head}${marker("bearer-token")}`;
  });
  out = out.replace(BASIC, (_whole, head) => {
    hit();
    return `${head}${marker("basic-auth")}`;
  });
  out = out.replace(USER_FLAG, (whole, head, quote, user, password) => {
    if (/^\d+$/.test(user) && /^\d+$/.test(password)) return whole;
    if (password.startsWith(MARKER_PREFIX)) return whole;
    hit();
    return `${head}${marker("password")}${quote}`;
  });
  out = out.replace(SECRET_FLAG, (whole, head, quote, value) => {
    if (value.startsWith(MARKER_PREFIX) || NOT_SECRET_VALUE.test(value)) return whole;
    if (!head.endsWith("=") && !quote && /^[A-Za-z]+$/.test(value)) return whole;
    hit();
    return `${head}${quote}${marker("password")}${quote}`;
  });
  out = redactAssignments(out, hit);
  out = redactByRules(out, hit);
  return { text: out, count };
}
function redactState(state) {
  const texts = [];
  mapFreeText(state, (text) => {
    texts.push(text);
    return text;
  });
  if (redactText(texts.join("\n\n")).count === 0) return { state, count: 0 };
  let count = 0;
  const redacted = mapFreeText(state, (text) => {
    const result = redactText(text);
    count += result.count;
    return result.text;
  });
  return { state: redacted, count };
}
function mapFreeText(state, r2) {
  const rn = (text) => text === null ? null : r2(text);
  const list = (items) => items.map(r2);
  return {
    ...state,
    task: { description: r2(state.task.description), ticket_id: rn(state.task.ticket_id) },
    summary: r2(state.summary),
    phase: { ...state.phase, name: rn(state.phase.name), sub: rn(state.phase.sub) },
    phases: state.phases.map((p) => ({ ...p, name: r2(p.name), skip_reason: rn(p.skip_reason), deliverables: p.deliverables.map((d) => ({ ...d, path: r2(d.path) })) })),
    accomplishments: list(state.accomplishments),
    next_steps: list(state.next_steps),
    decisions: list(state.decisions),
    blockers: list(state.blockers),
    notes: list(state.notes),
    todos: {
      active: state.todos.active.map((t2) => ({ ...t2, content: r2(t2.content) })),
      completed: state.todos.completed.map((t2) => ({ ...t2, content: r2(t2.content) }))
    },
    agents: state.agents.map((a) => ({ ...a, type: r2(a.type), description: r2(a.description) })),
    git: state.git && { ...state.git, commit_message: rn(state.git.commit_message) },
    // paths can hold a token too (a file named after a key, a URL with a password)
    files_modified: list(state.files_modified),
    // what the session said: requests, commands with their arguments, the plan, paths outside
    session_facts: state.session_facts && {
      ...state.session_facts,
      first_request: rn(state.session_facts.first_request),
      last_request: rn(state.session_facts.last_request),
      title: rn(state.session_facts.title),
      commands: state.session_facts.commands.map((c2) => ({ ...c2, command: r2(c2.command) })),
      last_test: state.session_facts.last_test && { ...state.session_facts.last_test, command: r2(state.session_facts.last_test.command) },
      last_build: state.session_facts.last_build && { ...state.session_facts.last_build, command: r2(state.session_facts.last_build.command) },
      plan: rn(state.session_facts.plan),
      outside_files: list(state.session_facts.outside_files)
    },
    compact_summary: state.compact_summary && { ...state.compact_summary, text: r2(state.compact_summary.text) }
  };
}

// scripts/core/store/ids.ts
var SLUG_MAX = 60;
function assertWorkflowId(id) {
  if (!WORKFLOW_ID_PATTERN.test(id)) {
    throw new WorkflowError(
      `invalid workflow id ${JSON.stringify(id)}: ids are lowercase letters, digits and dashes, starting with a letter or digit`
    );
  }
  return id;
}
function slugify2(text) {
  const slug = text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, SLUG_MAX).replace(/^-+|-+$/g, "");
  return slug || "workflow";
}
var TOKEN_LIKE = /^(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])(?:[0-9a-f]{16,}|[A-Za-z0-9]{20,})$/i;
function dropTokens(text) {
  return text.split(/\s+/).filter((word) => !TOKEN_LIKE.test(word.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, ""))).join(" ");
}
function stamp(date3) {
  const iso = date3.toISOString();
  return `${iso.slice(0, 10).replaceAll("-", "")}-${iso.slice(11, 19).replaceAll(":", "")}`;
}
function newWorkflowId(task, now) {
  return `${slugify2(dropTokens(redactText(task).text))}-${stamp(now)}`;
}

// scripts/core/schemas.ts
config(en_default());
var WorkflowId = string2().check(_regex(WORKFLOW_ID_PATTERN, "must be lowercase letters, digits and dashes (at most 81 characters)"));
var WorkflowStatus = _enum(WORKFLOW_STATUSES);
var stateSchemas;
var built = () => stateSchemas ??= buildStateSchemas();
function buildStateSchemas() {
  const Timestamp = iso_exports.datetime({ offset: true });
  const Text = string2();
  const TextList = array(Text);
  const Count2 = int().check(_nonnegative());
  const CommitId = string2().check(_regex(COMMIT_ID_PATTERN, "must be a full git commit id (40 or 64 lowercase hex digits)"));
  const Tokens = object({
    context_tokens: Count2,
    context_window: int().check(_positive()),
    percent: number2().check(_nonnegative()),
    // where the figures came from; absent in states saved before they were recorded
    window_source: optional(_enum(["config", "statusline", "model", "setting", "default", "tokens", "unknown"])),
    window_certain: optional(boolean2()),
    token_source: optional(_enum(["statusline", "transcript", "estimate"])),
    compaction: optional(_enum(["auto", "reactive", "off"])),
    auto_compact_at: optional(nullable(Count2))
  });
  const PhaseStatus = _enum(["pending", "in_progress", "completed", "approved", "skipped"]);
  const Deliverable = object({
    path: Text,
    /** hex sha256 of the content; null when the file was missing or the entry came from a v1 state */
    sha256: nullable(string2().check(_regex(/^[0-9a-f]{64}$/, "must be 64 lowercase hex digits")))
  });
  const phaseFields = {
    num: Count2,
    name: Text,
    status: PhaseStatus,
    skip_reason: _default(nullable(Text), null)
  };
  const Phase = object({ ...phaseFields, deliverables: _default(array(Deliverable), []) });
  const Todo2 = object({
    content: Text,
    status: _enum(["pending", "in_progress", "completed"])
  });
  const Agent = object({
    type: Text,
    description: Text,
    done: boolean2(),
    /** absent in states saved before background agents were followed to their end */
    status: optional(_enum(["running", "completed", "failed", "stopped"]))
  });
  const SessionCommand = object({ command: Text, exit_code: nullable(number2()), ok: boolean2(), at: nullable(Text) });
  const SessionFacts = object({
    first_request: nullable(Text),
    last_request: nullable(Text),
    title: nullable(Text),
    /** the latest commands run, oldest first, and the latest test and build commands */
    commands: array(SessionCommand),
    last_test: nullable(SessionCommand),
    last_build: nullable(SessionCommand),
    /** the plan approved in plan mode (ExitPlanMode), clipped */
    plan: nullable(Text),
    /** files written outside the project (plan files, scratch files), kept apart from files_modified */
    outside_files: TextList,
    compactions: Count2,
    /** how much of the session was read: lines, subagent files, bytes left unread at the start */
    coverage: object({ lines: Count2, subagent_files: Count2, skipped_bytes: Count2, unreadable_lines: Count2 })
  });
  const GitContext = object({
    branch: nullable(Text),
    commit: nullable(CommitId),
    commit_message: nullable(Text),
    status: object({
      modified: TextList,
      staged: TextList,
      untracked: TextList,
      /** deleted in the index or the work tree: not "missing" at resume */
      deleted: _default(TextList, [])
    }),
    is_clean: boolean2(),
    ahead: Count2,
    behind: Count2
  });
  const WorkflowState2 = object({
    schema_version: literal(SCHEMA_VERSION),
    id: WorkflowId,
    status: WorkflowStatus,
    /** created by the hooks for a long session nobody handed off yet */
    automatic: _default(boolean2(), false),
    created_at: Timestamp,
    updated_at: Timestamp,
    task: object({ description: Text, ticket_id: nullable(Text) }),
    summary: Text,
    phase: object({ current: nullable(Count2), name: nullable(Text), sub: _default(nullable(Text), null) }),
    phases: array(Phase),
    accomplishments: TextList,
    next_steps: TextList,
    decisions: TextList,
    blockers: TextList,
    notes: TextList,
    todos: object({ active: array(Todo2), completed: array(Todo2) }),
    files_modified: TextList,
    /** sha256 of the dependency lockfiles at save time, to flag reinstalls at resume */
    lockfiles: _default(record(string2(), string2()), {}),
    agents: array(Agent),
    // null when the handoff was made outside a git work tree
    git: nullable(GitContext),
    tokens: nullable(Tokens),
    device: object({
      hostname: Text,
      platform: Text,
      node_version: Text,
      plugin_version: Text
    }),
    project: object({ path: Text, name: Text }),
    session: object({ id: nullable(Text), transcript_path: nullable(Text) }),
    session_facts: optional(nullable(SessionFacts)),
    /** Claude Code's own summary at the latest compaction (PostCompact's compact_summary), clipped */
    compact_summary: optional(nullable(object({ at: Timestamp, text: Text })))
  });
  const PhaseInput = union([
    Text,
    object({ current: optional(nullable(Count2)), name: optional(nullable(Text)), sub: optional(nullable(Text)) })
  ]);
  const PhaseEntryInput = object({
    ...phaseFields,
    deliverables: _default(array(union([Text, object({ path: Text, sha256: optional(Deliverable.shape.sha256) })])), [])
  });
  const HandoffInput2 = strictObject({
    id: optional(WorkflowId),
    task: optional(union([Text, object({ description: Text, ticket_id: optional(nullable(Text)) })])),
    ticket_id: optional(Text),
    summary: optional(Text),
    phase: optional(PhaseInput),
    /** the sub-phase, for inputs that give the phase as text */
    sub_phase: optional(Text),
    phases: optional(array(PhaseEntryInput)),
    status: optional(WorkflowStatus),
    accomplishments: optional(TextList),
    next_steps: optional(TextList),
    decisions: optional(TextList),
    blockers: optional(TextList),
    notes: optional(TextList),
    todos: optional(array(Todo2)),
    files_modified: optional(TextList)
  });
  const HistoryEntry2 = object({
    at: Timestamp,
    event: _enum(["handoff", "resume", "checkpoint", "pause", "complete", "cancel"]),
    device: Text,
    branch: nullable(Text),
    commit: nullable(CommitId),
    summary: Text,
    session_id: nullable(Text)
  });
  return { Deliverable, Phase, SessionFacts, GitContext, Tokens, WorkflowState: WorkflowState2, PhaseEntryInput, HandoffInput: HandoffInput2, HistoryEntry: HistoryEntry2 };
}
var WorkflowState = _lazy(() => built().WorkflowState);
var HandoffInput = _lazy(() => built().HandoffInput);
var HistoryEntry = _lazy(() => built().HistoryEntry);
var StatePeek = _lazy(
  () => (
    // the other fields are dropped unread (a loose object would copy each of them)
    object({
      status: WorkflowStatus,
      automatic: _default(boolean2(), false),
      updated_at: string2(),
      device: object({ hostname: string2() }),
      session: object({ id: nullable(string2()) })
    })
  )
);
var StateMemo = _lazy(() => object({ store: string2(), build: optional(string2()), lines: array(string2()) }));
var hookCommon = () => ({
  session_id: string2(),
  transcript_path: optional(string2()),
  cwd: string2()
});
var SessionStartInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("SessionStart"),
    // startup, resume, clear, compact; fork since 2.1.332 (--fork-session). Any other value a later
    // release adds must still start the session with its summary: handled like startup, and logged.
    source: _default(string2(), "startup"),
    model: optional(string2())
  })
);
var UserPromptSubmitInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("UserPromptSubmit"),
    prompt: _default(string2(), "")
  })
);
var StopInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("Stop"),
    stop_hook_active: _default(boolean2(), false),
    last_assistant_message: optional(nullable(string2()))
  })
);
var PreToolUseInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("PreToolUse"),
    tool_name: string2(),
    tool_input: optional(looseObject({ command: optional(unknown()) }))
  })
);
var PreCompactInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("PreCompact"),
    trigger: _default(string2(), "auto"),
    custom_instructions: optional(nullable(string2()))
  })
);
var PostCompactInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("PostCompact"),
    trigger: _default(string2(), "auto"),
    compact_summary: optional(nullable(string2()))
  })
);
var SessionEndInput = _lazy(
  () => object({
    ...hookCommon(),
    hook_event_name: literal("SessionEnd"),
    reason: _default(string2(), "other")
  })
);
var BackgroundCheckpointRequest = _lazy(
  () => object({
    reason: _enum(["interval", "precompact"]),
    session_id: string2(),
    transcript_path: nullable(string2()),
    cwd: string2(),
    tokens: nullable(built().Tokens),
    at: iso_exports.datetime({ offset: true })
  })
);
var StatuslineInput = _lazy(
  () => object({
    session_id: string2(),
    transcript_path: optional(string2()),
    cwd: optional(string2()),
    model: optional(object({ id: optional(string2()), display_name: optional(string2()) })),
    workspace: optional(object({ current_dir: optional(string2()), project_dir: optional(string2()) })),
    context_window: optional(
      object({
        used_percentage: optional(nullable(number2())),
        context_window_size: optional(nullable(number2()))
      })
    )
  })
);
var lenientField = (schema) => _catch(optional(schema), void 0);
var ClaudeSettingsFile = _lazy(
  () => looseObject({
    model: lenientField(string2()),
    autoCompactWindow: lenientField(number2()),
    autoCompactEnabled: lenientField(boolean2()),
    env: lenientField(record(string2(), string2()))
  })
);
var TurnMemo = _lazy(
  () => object({
    version: literal(1),
    /** the project, the session's start folder, the home and the configuration's variables */
    key: string2(),
    /** every configuration and settings file, with its signature then (file-signature.ts) */
    files: array(tuple([string2(), string2()])),
    config: object({
      milestones: array(number2()),
      handoff_threshold: number2(),
      context_window: nullable(number2()),
      mode: _enum(["suggest", "auto"]),
      checkpoint_interval_minutes: number2()
    }),
    settings: object({
      model: optional(string2()),
      autoCompactWindow: optional(number2()),
      autoCompactEnabled: optional(boolean2()),
      /** only the variables a reading depends on (context.ts): the env blocks may hold secrets */
      env: record(string2(), string2())
    })
  })
);
var StartMemo = _lazy(
  () => object({
    version: literal(1),
    /** the project, the home and the configuration's variables */
    key: string2(),
    /** the configuration files, with their signatures then (file-signature.ts) */
    files: array(tuple([string2(), string2()])),
    config: object({ sync_auto: boolean2(), stale_after_days: number2(), auto_create: boolean2() })
  })
);

// scripts/core/store/state-memo.ts
var import_node_path4 = __toESM(require("node:path"), 1);

// scripts/core/runtime/runtime-dir.ts
var import_node_path3 = __toESM(require("node:path"), 1);
function runtimeDir(env) {
  return env.WORKFLOW_RUNTIME_DIR || import_node_path3.default.join(homeDir(), ".claude", "workflow");
}

// scripts/core/shared/json-guards.ts
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var isString = (value) => typeof value === "string";
var isBoolean = (value) => typeof value === "boolean";
var isNumber = (value) => typeof value === "number" && Number.isFinite(value);

// scripts/core/shared/short-hash.ts
function fnv1a64Hex(text) {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n);
  return hash.toString(16).padStart(16, "0");
}

// scripts/core/store/state-memo.ts
var BUILD = true ? "d729a8db7654ad95" : "source";
var MEMO_MAX_BYTES = 8 * 1024 * 1024;
var STATE_FILE = "state.json";
var PROCESS_MEMOS = /* @__PURE__ */ Symbol.for("claude-workflow.state-memo");
var holder = globalThis;
var processMemos = holder[PROCESS_MEMOS] ??= { dir: null, memos: /* @__PURE__ */ new Map(), saveAtExit: false };
function memoFile(dir, storeDir) {
  return import_node_path4.default.join(dir, `${fnv1a64Hex(storeDir)}.json`);
}
function fromLine(line, thisBuild) {
  const m = STATE_MEMO_LINE.exec(line);
  if (!m) return null;
  const [, id = "", signature = "", checksum = "", status, automatic, updated_at = "", hostname = "", session = "", held] = m;
  const known = WORKFLOW_STATUSES.find((s) => s === status);
  if (!known) return null;
  const peek2 = { status: known, automatic: automatic === "1", updated_at, device: { hostname }, session: { id: session ? session.slice(1) : null } };
  return [id, { signature, peek: peek2, checksum: checksum || null, held: held === "1" && checksum !== "" && thisBuild }];
}
function stateMemoOf(json) {
  if (!isObject2(json) || !isString(json.store) || !(json.build === void 0 || isString(json.build))) return null;
  const { store, build, lines } = json;
  if (!Array.isArray(lines) || !lines.every(isString)) return null;
  return { store, ...build !== void 0 ? { build } : {}, lines };
}
function memoOf(storeDir) {
  const { dir: memoDir, memos } = processMemos;
  if (memoDir === null) return null;
  let memo = memos.get(storeDir);
  if (!memo) {
    memo = { entries: /* @__PURE__ */ new Map(), dirty: false };
    try {
      const bytes = readOwnFile(memoFile(memoDir, storeDir), MEMO_MAX_BYTES);
      const parsed = bytes ? stateMemoOf(JSON.parse(bytes.toString("utf8"))) : null;
      if (parsed?.store === storeDir) {
        for (const line of parsed.lines) {
          const entry = fromLine(line, parsed.build === BUILD);
          if (entry) memo.entries.set(...entry);
        }
      }
    } catch {
    }
    memos.set(storeDir, memo);
  }
  return memo;
}
function entryFor(storeDir, id, signature) {
  const entry = memoOf(storeDir)?.entries.get(id);
  return entry?.signature === signature ? entry : void 0;
}
function remember(storeDir, id, entry) {
  const memo = memoOf(storeDir);
  if (!memo) return;
  memo.entries.set(id, entry);
  memo.dirty = true;
}
function memoizedPeek(storeDir, id, signature) {
  return entryFor(storeDir, id, signature)?.peek;
}
function rememberPeek(storeDir, id, signature, peek2) {
  if (entryFor(storeDir, id, signature)) return;
  remember(storeDir, id, { signature, peek: peek2, checksum: null, held: false });
}
function forgetOthers(storeDir, ids) {
  const memo = memoOf(storeDir);
  if (!memo) return;
  const keep = new Set(ids);
  for (const id of memo.entries.keys()) {
    if (!keep.has(id)) {
      memo.entries.delete(id);
      memo.dirty = true;
    }
  }
}
function placeOf(file) {
  if (import_node_path4.default.basename(file) !== STATE_FILE) return null;
  const dir = import_node_path4.default.dirname(file);
  return { storeDir: import_node_path4.default.dirname(dir), id: import_node_path4.default.basename(dir) };
}
function checksumHeld(file, signature, checksum) {
  const place = placeOf(file);
  return place !== null && entryFor(place.storeDir, place.id, signature)?.checksum === checksum;
}
function schemaHeld(file, signature, checksum) {
  const place = placeOf(file);
  const entry = place === null ? void 0 : entryFor(place.storeDir, place.id, signature);
  return entry?.checksum === checksum && entry.held;
}
function rememberVerified(file, signature, checksum, state, held) {
  const place = placeOf(file);
  const known = place ? entryFor(place.storeDir, place.id, signature) : void 0;
  if (!place || known?.checksum === checksum && known.held === held) return;
  const { status, automatic, updated_at, device, session } = state;
  remember(place.storeDir, place.id, { signature, checksum, held, peek: { status, automatic, updated_at, device: { hostname: device.hostname }, session: { id: session.id } } });
}

// scripts/core/shared/file-signature.ts
function fileSignature(stat) {
  return `${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

// scripts/core/store/sealed.ts
var import_node_path5 = __toESM(require("node:path"), 1);

// scripts/core/store/migrations.ts
function v1ToV2(document) {
  const { phase, phases } = document;
  return {
    ...document,
    schema_version: 2,
    phase: isObject2(phase) ? { ...phase, sub: phase.sub ?? null } : phase,
    phases: Array.isArray(phases) ? phases.map(
      (entry) => isObject2(entry) && Array.isArray(entry.deliverables) ? {
        ...entry,
        deliverables: entry.deliverables.map((d) => typeof d === "string" ? { path: d, sha256: null } : d)
      } : entry
    ) : phases
  };
}
var MIGRATIONS = [
  { from: 1, change: "phase.sub added; deliverables stored as {path, sha256}", up: v1ToV2 }
];
var OLDEST_SCHEMA_VERSION = 1;
function migrate(document) {
  const from = document.schema_version;
  if (typeof from !== "number" || !Number.isInteger(from) || from < OLDEST_SCHEMA_VERSION || from >= SCHEMA_VERSION) return null;
  let current = document;
  for (let version2 = from; version2 < SCHEMA_VERSION; version2++) {
    const step = MIGRATIONS[version2 - OLDEST_SCHEMA_VERSION];
    if (step?.from !== version2) throw new Error(`no migration from schema v${version2} to v${version2 + 1}`);
    current = step.up(current);
  }
  return { document: current, from, to: SCHEMA_VERSION };
}

// scripts/core/shared/lazy-crypto.ts
function sha256Hex(data) {
  return nodeCrypto().createHash("sha256").update(data).digest("hex");
}

// scripts/core/store/sealed.ts
function checksumOf(body) {
  return `sha256:${sha256Hex(body)}`;
}
function sealed(state) {
  const checksum = checksumOf(JSON.stringify(state, null, 2));
  return { text: `${JSON.stringify({ ...state, checksum }, null, 2)}
`, checksum };
}
function givenBack(state, document) {
  return JSON.stringify(state) === JSON.stringify(document);
}
function readsBackAsItself(state) {
  const document = JSON.parse(JSON.stringify(state));
  const again = WorkflowState.safeParse(document);
  return again.success && givenBack(again.data, document);
}
function readSealed(file) {
  let text;
  let signature;
  try {
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    text = bytes.toString("utf8");
    signature = fileSignature(stat);
  } catch (error2) {
    if (error2 instanceof WorkflowError) return { ok: false, fatal: false, problem: error2.message };
    const code = error2.code;
    return { ok: false, fatal: false, problem: code === "ENOENT" ? `${file} is missing` : `${file} cannot be read (${code})` };
  }
  return parseSealed(text, file, signature);
}
function parseSealed(text, file, signature) {
  const name = import_node_path5.default.basename(file);
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error2) {
    return { ok: false, fatal: false, problem: `${file} is not valid JSON (${error2.message})` };
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { ok: false, fatal: false, problem: `${file} does not hold a JSON object` };
  }
  const { checksum, ...rest } = parsed;
  if (typeof checksum !== "string") return { ok: false, fatal: false, problem: `${file} has no "checksum" field` };
  if ((signature === void 0 || !checksumHeld(file, signature, checksum)) && checksum !== checksumOf(JSON.stringify(rest, null, 2))) {
    return { ok: false, fatal: false, problem: `${file} fails its checksum (changed or damaged outside the plugin)` };
  }
  if (signature !== void 0 && schemaHeld(file, signature, checksum)) {
    return { ok: true, state: rest, text, document: rest, migratedFrom: null };
  }
  const version2 = rest.schema_version;
  if (typeof version2 === "number" && version2 > SCHEMA_VERSION) {
    return {
      ok: false,
      fatal: true,
      problem: `${file} has schema_version ${version2}, newer than this plugin understands (${SCHEMA_VERSION}); update the workflow plugin`
    };
  }
  const migrated = migrate(rest);
  const result = WorkflowState.safeParse(migrated?.document ?? rest);
  if (!result.success) {
    const issue2 = result.error.issues[0];
    const field = issue2?.path.join(".") || "(root)";
    const upgraded = migrated ? ` after migration from schema v${migrated.from}` : "";
    return { ok: false, fatal: false, problem: `${name}: field "${field}" ${issue2?.message ?? "is invalid"}${upgraded} (${file})` };
  }
  if (signature !== void 0) rememberVerified(file, signature, checksum, result.data, !migrated && givenBack(result.data, rest));
  return { ok: true, state: result.data, text, document: rest, migratedFrom: migrated?.from ?? null };
}

// scripts/core/store/store-lock.ts
var import_node_fs4 = __toESM(require("node:fs"), 1);
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path6 = __toESM(require("node:path"), 1);

// scripts/core/shared/processes.ts
var sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
  Atomics.wait(sleeper, 0, 0, ms);
}
function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error2) {
    return error2.code === "EPERM";
  }
}

// scripts/core/store/store-lock.ts
var LOCK_FILE = ".lock";
var LOCK_STALE_MS = 3e4;
var LOCK_WAIT_MS = 1e4;
var BREAK_STALE_MS = 5e3;
var LIVE_HOLDER_MAX_MS = 5 * 6e4;
var FILE_MODE2 = 384;
function holderText() {
  return `${process.pid} ${import_node_os.default.hostname()} ${(/* @__PURE__ */ new Date()).toISOString()}
`;
}
function isStale(text, mtimeMs) {
  const [pid, host] = text.trim().split(" ");
  const holder4 = Number(pid);
  const age = Date.now() - mtimeMs;
  if (host === import_node_os.default.hostname() && Number.isInteger(holder4) && holder4 > 0) return !isRunning(holder4) || age > LIVE_HOLDER_MAX_MS;
  return age > LOCK_STALE_MS;
}
function readLock(lock) {
  try {
    const stat = import_node_fs4.default.lstatSync(lock);
    if (!stat.isFile() || stat.size > 256) return { text: "", mtimeMs: stat.mtimeMs };
    return { text: import_node_fs4.default.readFileSync(lock, "utf8"), mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  }
}
function breakStaleLock(lock, seen) {
  const breaker2 = `${lock}.break`;
  try {
    import_node_fs4.default.writeFileSync(breaker2, holderText(), { flag: "wx", mode: FILE_MODE2 });
  } catch {
    const left = readLock(breaker2);
    if (left && Date.now() - left.mtimeMs > BREAK_STALE_MS) import_node_fs4.default.rmSync(breaker2, { force: true });
    return false;
  }
  try {
    const now = readLock(lock);
    if (now && now.text === seen) import_node_fs4.default.rmSync(lock, { force: true });
    return true;
  } finally {
    import_node_fs4.default.rmSync(breaker2, { force: true });
  }
}
function withLock(dir, fn) {
  const lock = import_node_path6.default.join(dir, LOCK_FILE);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      import_node_fs4.default.writeFileSync(lock, holderText(), { flag: "wx", mode: FILE_MODE2 });
      break;
    } catch (error2) {
      if (error2.code !== "EEXIST") throw error2;
      const held = readLock(lock);
      if (held && isStale(held.text, held.mtimeMs)) {
        if (!breakStaleLock(lock, held.text)) sleepSync(5);
        continue;
      }
      if (Date.now() > deadline) {
        throw new WorkflowError(`${lock} is held by another process (${held?.text.trim() || "unknown"}); try again once it is done`);
      }
      sleepSync(10 + Math.floor(Math.random() * 20));
    }
  }
  try {
    return fn();
  } finally {
    import_node_fs4.default.rmSync(lock, { force: true });
  }
}

// scripts/core/shared/ordering.ts
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function newestFirst(a, b) {
  const ta = Date.parse(a);
  const tb = Date.parse(b);
  return (Number.isNaN(tb) ? -Infinity : tb) - (Number.isNaN(ta) ? -Infinity : ta) || compareText(b, a);
}

// scripts/core/store/store-ids.ts
var import_node_fs5 = __toESM(require("node:fs"), 1);
function existingIds(storeDir) {
  let entries;
  try {
    entries = import_node_fs5.default.readdirSync(storeDir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isDirectory() && WORKFLOW_ID_PATTERN.test(entry.name)).map((entry) => entry.name).sort();
}

// scripts/core/store/store.ts
var DIR_MODE = 448;
var FILE_MODE3 = 384;
var STATE_FILE2 = "state.json";
var TOON_FILE = "state.toon";
var BACKUP_FILE = "state.backup.json";
var HISTORY_FILE = "history.jsonl";
var SYNC_RECORD_FILE = "sync.json";
var STORE_FILES = { state: STATE_FILE2, toon: TOON_FILE, backup: BACKUP_FILE, history: HISTORY_FILE, lock: LOCK_FILE, sync: SYNC_RECORD_FILE };
var STORE_GITIGNORE = `# Workflow state is personal (paths, hostnames, session ids) and stays out of commits.
# Delete this file to commit the workflows with the project.
*
`;
function workflowDir(storeDir, id) {
  const dir = import_node_path7.default.join(storeDir, assertWorkflowId(id));
  let link = false;
  try {
    link = import_node_fs6.default.lstatSync(dir).isSymbolicLink();
  } catch {
  }
  if (link) throw new WorkflowError(`${dir} is a symbolic link, not a workflow folder; remove it or move the workflow back into the store`);
  return dir;
}
function migrationWarning(file, read2) {
  return read2.ok && read2.migratedFrom !== null ? [`${file} migrated from schema v${read2.migratedFrom} to v${SCHEMA_VERSION}; it is written as v${SCHEMA_VERSION} at the next save`] : [];
}
function toonText(state) {
  return `${encode2(state)}
`;
}
function ensureStoreDir(storeDir) {
  if (!import_node_fs6.default.existsSync(storeDir)) {
    import_node_fs6.default.mkdirSync(storeDir, { recursive: true, mode: DIR_MODE });
    import_node_fs6.default.chmodSync(storeDir, DIR_MODE);
    import_node_fs6.default.writeFileSync(import_node_path7.default.join(storeDir, ".gitignore"), STORE_GITIGNORE, { mode: FILE_MODE3 });
  }
}
function ensureWorkflowDir(storeDir, id) {
  const dir = workflowDir(storeDir, id);
  ensureStoreDir(storeDir);
  import_node_fs6.default.mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  return dir;
}
var IDS_NAMED = 5;
function likeliest(id, ids) {
  const shared = (other) => {
    let n = 0;
    while (n < id.length && id[n] === other[n]) n++;
    return n;
  };
  return ids.map((other) => ({ other, n: shared(other) })).sort((a, b) => b.n - a.n || (a.other < b.other ? -1 : 1)).slice(0, IDS_NAMED).map(({ other }) => other);
}
function unknownId(storeDir, id) {
  const ids = existingIds(storeDir);
  if (ids.length === 0) return new WorkflowError(`no workflow "${id}": this project has no workflows yet (${storeDir})`);
  if (ids.length <= IDS_NAMED) return new WorkflowError(`no workflow "${id}"; existing workflows: ${ids.join(", ")}`);
  const named = likeliest(id, ids);
  return new WorkflowError(`no workflow "${id}"; the nearest of ${ids.length}: ${named.join(", ")} (claude-workflow list shows them all)`);
}
function ageOf(file) {
  try {
    const minutes = Math.round((Date.now() - import_node_fs6.default.statSync(file).mtimeMs) / 6e4);
    return minutes < 60 ? `${minutes} min` : minutes < 2880 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} days`;
  } catch {
    return "unknown time";
  }
}
function readWorkflow(dir) {
  return readWorkflowAndFile(dir).loaded;
}
function readWorkflowAndFile(dir) {
  const stateFile = import_node_path7.default.join(dir, STATE_FILE2);
  const main = readSealed(stateFile);
  if (main.ok) return { loaded: { state: main.state, warnings: migrationWarning(stateFile, main), read: { from_backup: false, migrated_from: main.migratedFrom } }, main };
  if (main.fatal) throw new WorkflowError(main.problem);
  const backupFile = import_node_path7.default.join(dir, BACKUP_FILE);
  const backup = readSealed(backupFile);
  if (backup.ok) {
    const warnings = [`${main.problem}; using ${BACKUP_FILE}, written ${ageOf(backupFile)} ago`, ...migrationWarning(backupFile, backup)];
    return { loaded: { state: backup.state, warnings, read: { from_backup: true, migrated_from: backup.migratedFrom } }, main };
  }
  throw new WorkflowError(`${main.problem}, and ${backup.problem}; nothing was changed`);
}
function loadWorkflow(storeDir, id) {
  const dir = workflowDir(storeDir, id);
  if (!import_node_fs6.default.existsSync(dir)) throw unknownId(storeDir, id);
  return readWorkflow(dir);
}
function updateWorkflow(storeDir, id, change) {
  const dir = ensureWorkflowDir(storeDir, id);
  return withLock(dir, () => {
    const stateFile = import_node_path7.default.join(dir, STATE_FILE2);
    const read2 = import_node_fs6.default.existsSync(stateFile) || import_node_fs6.default.existsSync(import_node_path7.default.join(dir, BACKUP_FILE)) ? readWorkflowAndFile(dir) : null;
    const current = read2?.loaded ?? null;
    const next = redactState(WorkflowState.parse(change(current))).state;
    if (next.id !== id) throw new Error(`updateWorkflow(${id}) produced a state with id ${next.id}`);
    const previous = read2?.main ?? null;
    const seal = sealed(next);
    writeFilesAtomic([
      ...previous?.ok ? [[import_node_path7.default.join(dir, BACKUP_FILE), previous.text]] : [],
      [stateFile, seal.text],
      [import_node_path7.default.join(dir, TOON_FILE), toonText(next)]
    ]);
    rememberVerified(stateFile, fileSignature(import_node_fs6.default.lstatSync(stateFile)), seal.checksum, next, readsBackAsItself(next));
    const warnings = (current?.warnings ?? []).map((w) => w.replace(/; it is written as (v\d+) at the next save$/, "; saved as $1"));
    return { state: next, warnings };
  });
}
function freeWorkflowId(storeDir, id) {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if (!import_node_fs6.default.existsSync(workflowDir(storeDir, candidate))) return candidate;
  }
}

// scripts/core/shared/text.ts
function fit(text, width) {
  const chars = [...text];
  if (chars.length <= width) return text;
  return width <= 1 ? "\u2026".slice(0, width) : `${chars.slice(0, width - 1).join("")}\u2026`;
}

// scripts/core/store/lease.ts
var LEASE_FILE = "lease.json";
var LEASE_TTL_MS = 30 * 6e4;
var Lease = object({
  session_id: string2(),
  device: string2(),
  acquired_at: iso_exports.datetime({ offset: true }),
  renewed_at: iso_exports.datetime({ offset: true }),
  expires_at: iso_exports.datetime({ offset: true })
});
function leaseFile(storeDir, id) {
  return import_node_path8.default.join(storeDir, id, LEASE_FILE);
}
function readLease(storeDir, id) {
  try {
    const parsed = Lease.safeParse(JSON.parse(import_node_fs7.default.readFileSync(leaseFile(storeDir, id), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
function write(storeDir, id, lease) {
  writeFileAtomic(leaseFile(storeDir, id), `${JSON.stringify(lease, null, 2)}
`);
}
function renewLease(storeDir, id, sessionId, now) {
  const current = readLease(storeDir, id);
  if (current?.session_id !== sessionId) return;
  write(storeDir, id, { ...current, renewed_at: now.toISOString(), expires_at: new Date(now.getTime() + LEASE_TTL_MS).toISOString() });
}
function releaseLease(storeDir, id, sessionId) {
  if (readLease(storeDir, id)?.session_id === sessionId) import_node_fs7.default.rmSync(leaseFile(storeDir, id), { force: true });
}

// scripts/core/store/device.ts
var import_node_os2 = __toESM(require("node:os"), 1);

// package.json
var package_default = {
  name: "claude-workflow",
  version: "0.1.0",
  description: "Claude Code plugin that keeps long work alive across sessions, compactions, machines and teammates",
  type: "module",
  license: "MIT",
  engines: {
    node: ">=20"
  },
  bin: {
    "claude-workflow": "plugin/dist/cli.cjs"
  },
  files: [
    "plugin"
  ],
  scripts: {
    build: "node build.mjs",
    typecheck: "tsc --noEmit",
    pretest: "npm run build --silent && node test/e2e/install-cli.mjs",
    test: "vitest run",
    bench: "node bench/run.mjs",
    dev: "tsx scripts/cli.ts"
  },
  devDependencies: {
    "@secretlint/secretlint-rule-preset-recommend": "^13.1.0",
    "@simple-git/argv-parser": "2.0.1",
    "@toon-format/toon": "^4.4.0",
    "@types/node": "^20.19.43",
    esbuild: "^0.28.2",
    "gray-matter": "^4.0.3",
    "simple-git": "^4.0.2",
    tsx: "^4.23.15",
    typescript: "~5.9",
    vitest: "^4.1.12",
    zod: "^4.6.7"
  }
};

// scripts/core/store/device.ts
var PLUGIN_VERSION = package_default.version;
function describeDevice() {
  return {
    hostname: import_node_os2.default.hostname(),
    platform: `${process.platform}-${process.arch}`,
    node_version: process.version,
    plugin_version: PLUGIN_VERSION
  };
}

// node_modules/@simple-git/argv-parser/dist/index.mjs
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function c(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m, u) {
    if (!(e && m !== e) && !(a && !u.isGlobal) && !(s && u.value === void 0) && r2.test(u.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c("clone", /^-\w*u/, "allowUnsafePack"),
  c("clone", "--u", "allowUnsafePack"),
  c("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c(null, "--template", "allowUnsafeTemplateDir"),
  c(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function _(e) {
  return Object.hasOwn(y, e);
}

// scripts/core/git/early-git.ts
var STARTED = /* @__PURE__ */ Symbol.for("claude-workflow.early-git");
var holder2 = globalThis;
var MAX_OUTPUT = 64 * 1024 * 1024;
var holdsProcess = (handle) => typeof handle === "object" && handle !== null && "ref" in handle && typeof handle.ref === "function" && "unref" in handle && typeof handle.unref === "function";
function hold(child, held) {
  for (const handle of [child, child.stdout, child.stderr]) {
    if (!holdsProcess(handle)) continue;
    if (held) handle.ref();
    else handle.unref();
  }
}
function simpleGitEnvironment(env) {
  const kept = {};
  for (const [name, value] of Object.entries(env)) {
    const key = name.toLowerCase().trim();
    if (!key.startsWith("git_") && !_(key)) kept[name] = value;
  }
  return { ...kept, GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: "true" };
}
function execGit(cwd, args, env) {
  let child;
  const options = { cwd, env: simpleGitEnvironment(env), maxBuffer: MAX_OUTPUT, windowsHide: true };
  const output = new Promise((resolve, reject) => {
    child = nodeChildProcess().execFile("git", [...args], options, (error2, stdout, stderr) => {
      if (!error2) resolve(stdout);
      else reject(stderr.trim() ? Object.assign(new Error(stderr), { cause: error2 }) : error2);
    });
  });
  return { child, output };
}
function takeEarlyGit(cwd, args) {
  const list = holder2[STARTED];
  const index = list?.findIndex((early) => early.cwd === cwd && early.args.length === args.length && early.args.every((arg, i) => arg === args[i])) ?? -1;
  const taken = index >= 0 ? list?.splice(index, 1)[0] : void 0;
  if (!taken) return void 0;
  hold(taken.child, true);
  return taken.output;
}
function runGit(cwd, args, env) {
  return takeEarlyGit(cwd, args) ?? execGit(cwd, args, env).output;
}

// scripts/core/git/git-head.ts
var import_node_fs9 = __toESM(require("node:fs"), 1);
var import_node_path10 = __toESM(require("node:path"), 1);

// scripts/core/git/project.ts
var import_node_fs8 = require("node:fs");
var import_node_path9 = __toESM(require("node:path"), 1);
function gitTopLevel(start) {
  for (let dir = start; ; dir = import_node_path9.default.dirname(dir)) {
    if ((0, import_node_fs8.existsSync)(import_node_path9.default.join(dir, ".git"))) return dir;
    if (import_node_path9.default.dirname(dir) === dir) return null;
  }
}

// scripts/core/git/git-head.ts
function gitDir(top) {
  const dotGit = import_node_path10.default.join(top, ".git");
  try {
    if (import_node_fs9.default.statSync(dotGit).isDirectory()) return dotGit;
    const pointer = /^gitdir:\s*(.+)$/m.exec(import_node_fs9.default.readFileSync(dotGit, "utf8"))?.[1]?.trim();
    return pointer ? import_node_path10.default.resolve(top, pointer) : null;
  } catch {
    return null;
  }
}
function read(file) {
  try {
    return import_node_fs9.default.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
function readHeadCommit(dir) {
  const head = readHeadValue(dir);
  return head !== null && COMMIT_ID_PATTERN.test(head) ? head : null;
}
function readHeadValue(dir) {
  const top = gitTopLevel(dir);
  const git = top ? gitDir(top) : null;
  if (!git) return null;
  const head = read(import_node_path10.default.join(git, "HEAD"))?.trim();
  if (!head) return null;
  const ref = /^ref:\s*(\S+)$/.exec(head)?.[1];
  if (!ref) return head;
  const common = read(import_node_path10.default.join(git, "commondir"))?.trim();
  const dirs = common ? [git, import_node_path10.default.resolve(git, common)] : [git];
  for (const base of dirs) {
    const loose = read(import_node_path10.default.join(base, ref))?.trim();
    if (loose) return loose;
    const packed = read(import_node_path10.default.join(base, "packed-refs"));
    const line = packed?.split("\n").find((l2) => l2.endsWith(` ${ref}`));
    if (line) return line.split(" ")[0] ?? null;
  }
  return null;
}

// scripts/core/git/work-tree-status.ts
var STATUS_ARGS = ["status", "--porcelain", "-b", "-u", "--null"];
var FROM_FOLLOWS = /* @__PURE__ */ new Set(["R", "C"]);
function countOf(pattern, line) {
  return Number(pattern.exec(line)?.[1] ?? 0);
}
function readBranchLine(line, status) {
  status.ahead = countOf(/ahead (\d+)/, line);
  status.behind = countOf(/behind (\d+)/, line);
  status.current = /^(.+?)(?=\.{3}|\s|$)/.exec(line)?.[1] ?? null;
  status.tracking = /\.{3}(\S+)/.exec(line)?.[1] ?? null;
  const unborn = /\son\s(\S+?)(?=\.{3}|$)/.exec(line)?.[1];
  if (unborn) status.current = unborn;
  status.detached = line.includes("(no branch)");
}
function parseWorkTreeStatus(raw) {
  const status = { files: [], current: null, tracking: null, detached: false, ahead: 0, behind: 0 };
  const fields = raw.split("\0");
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] ?? "";
    if (field.startsWith("## ")) {
      readBranchLine(field.slice(3), status);
      continue;
    }
    if (field.length < 4 || field[2] !== " ") continue;
    const index = field[0] ?? " ";
    const workingDir = field[1] ?? " ";
    if (FROM_FOLLOWS.has(index) || FROM_FOLLOWS.has(workingDir)) i++;
    status.files.push({ path: field.slice(3), index, working_dir: workingDir });
  }
  return status;
}

// scripts/core/git/git-context.ts
async function headCommit(dir) {
  try {
    const [sha, ...subject] = (await runGit(dir, ["log", "-1", "--format=%H%x00%s"], process.env)).trim().split("\0");
    return { sha: sha || null, subject: sha ? subject.join("\0") : null };
  } catch {
    return { sha: null, subject: null };
  }
}
async function captureGitContext(dir, known = null) {
  if (gitTopLevel(dir) === null) return null;
  const unmoved = known?.commit && readHeadCommit(dir) === known.commit ? { sha: known.commit, subject: known.commit_message } : null;
  return (await readGitState(dir, unmoved)).context;
}
async function readGitState(dir, head = null) {
  const [status, commit] = await Promise.all([runGit(dir, STATUS_ARGS, process.env).then(parseWorkTreeStatus), head ?? headCommit(dir)]);
  const modified = [];
  const staged = [];
  const untracked = [];
  const deleted = [];
  for (const file of status.files) {
    if (file.index === "?" && file.working_dir === "?") {
      untracked.push(file.path);
      continue;
    }
    if (file.index.trim() && file.index !== "?") staged.push(file.path);
    if (file.working_dir.trim()) modified.push(file.path);
    if (file.index === "D" || file.working_dir === "D") deleted.push(file.path);
  }
  const context = {
    branch: status.detached ? null : status.current,
    commit: commit.sha,
    commit_message: commit.subject,
    status: { modified, staged, untracked, deleted },
    is_clean: status.files.length === 0,
    ahead: status.ahead,
    behind: status.behind
  };
  return { context, status };
}

// scripts/core/session/session-capture.ts
var import_node_crypto2 = require("node:crypto");
var import_node_fs11 = __toESM(require("node:fs"), 1);
var import_node_path12 = __toESM(require("node:path"), 1);

// scripts/core/session/transcript-entry.ts
var Count = nullish2(number2().check(_nonnegative()));
var Usage = object({
  input_tokens: Count,
  cache_creation_input_tokens: Count,
  cache_read_input_tokens: Count
});
var lenient = (schema) => _catch(optional(schema), void 0);
var Message = looseObject({
  model: lenient(string2()),
  content: lenient(union([string2(), array(unknown())])),
  usage: lenient(Usage)
});
var ReadingEntry = looseObject({
  type: string2(),
  subtype: lenient(string2()),
  isSidechain: lenient(boolean2()),
  isMeta: lenient(boolean2()),
  isCompactSummary: lenient(boolean2()),
  requestedModel: lenient(string2()),
  version: lenient(string2()),
  message: lenient(Message),
  /** system/compact_boundary */
  compactMetadata: lenient(looseObject({ trigger: lenient(string2()), preTokens: Count, postTokens: Count }))
});
var Entry = _lazy(
  () => extend2(ReadingEntry, {
    lastPrompt: lenient(string2()),
    timestamp: lenient(string2()),
    toolUseResult: optional(unknown()),
    /** queue-operation lines: what was queued (task notifications among them) */
    operation: lenient(string2()),
    content: lenient(string2()),
    /** attachment lines */
    attachment: lenient(looseObject({ type: lenient(string2()), prompt: lenient(string2()) })),
    /** the session's title: `summary` lines (1.x), `custom-title` and `ai-title` lines */
    summary: lenient(string2()),
    customTitle: lenient(string2()),
    aiTitle: lenient(string2())
  })
);
var TextBlock = _lazy(() => object({ type: literal("text"), text: string2() }));
var ToolUseBlock = _lazy(() => object({ type: literal("tool_use"), id: string2(), name: string2(), input: unknown() }));
var ToolResultBlock = _lazy(
  () => object({
    type: literal("tool_result"),
    tool_use_id: string2(),
    content: optional(unknown()),
    is_error: nullish2(boolean2())
  })
);
function parseWith(schema, line) {
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
function parseEntry(line) {
  return parseWith(Entry, line);
}
function blocksOf(entry, schema) {
  const content = entry.message?.content;
  if (!Array.isArray(content)) return [];
  const out = [];
  for (const block of content) {
    const parsed = schema.safeParse(block);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}
function userText(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return content;
  if (!content) return null;
  const texts = blocksOf(entry, TextBlock).map((b) => b.text);
  return texts.length > 0 ? texts.join("\n") : null;
}

// scripts/core/session/reading-entry.ts
var lenient2 = (value, ok) => ok(value) ? value : void 0;
function isCount(value) {
  return value === void 0 || value === null || isNumber(value) && value >= 0;
}
function usageOf(value) {
  if (!isObject2(value)) return void 0;
  const { input_tokens, cache_creation_input_tokens, cache_read_input_tokens } = value;
  if (!isCount(input_tokens) || !isCount(cache_creation_input_tokens) || !isCount(cache_read_input_tokens)) return void 0;
  return { input_tokens, cache_creation_input_tokens, cache_read_input_tokens };
}
function messageOf(value) {
  if (!isObject2(value)) return void 0;
  const content = value.content;
  return {
    ...value,
    model: lenient2(value.model, isString),
    content: isString(content) || Array.isArray(content) ? content : void 0,
    usage: usageOf(value.usage)
  };
}
function compactMetadataOf(value) {
  if (!isObject2(value)) return void 0;
  const { preTokens, postTokens } = value;
  if (!isCount(preTokens) || !isCount(postTokens)) return void 0;
  return { ...value, trigger: lenient2(value.trigger, isString), preTokens, postTokens };
}
function readingEntryOf(json) {
  if (!isObject2(json) || !isString(json.type)) return null;
  return {
    ...json,
    type: json.type,
    subtype: lenient2(json.subtype, isString),
    isSidechain: lenient2(json.isSidechain, isBoolean),
    isMeta: lenient2(json.isMeta, isBoolean),
    isCompactSummary: lenient2(json.isCompactSummary, isBoolean),
    requestedModel: lenient2(json.requestedModel, isString),
    version: lenient2(json.version, isString),
    message: messageOf(json.message),
    compactMetadata: compactMetadataOf(json.compactMetadata)
  };
}
function parseReadingEntry(line) {
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    return null;
  }
  return readingEntryOf(json);
}
function isMainChain(entry) {
  return entry.isSidechain !== true;
}
function isCompactBoundary(entry) {
  return entry.type === "system" && entry.subtype === "compact_boundary";
}
function contextTokensOf(entry) {
  const usage = entry.message?.usage;
  if (entry.type !== "assistant" || !isMainChain(entry) || !usage) return null;
  if (entry.message?.model === "<synthetic>") return null;
  return (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
}
function textOfToolResult(content) {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((block) => isObject2(block) && block.type === "text" && isString(block.text) ? block.text : "").join("\n");
}
function contentChars(entry) {
  const content = entry.message?.content;
  if (typeof content === "string") return content.length;
  if (!content) return 0;
  let chars = 0;
  for (const block of content) {
    if (typeof block !== "object" || block === null) continue;
    if ("text" in block && typeof block.text === "string") chars += block.text.length;
    else if ("thinking" in block && typeof block.thinking === "string") chars += block.thinking.length;
    else if ("input" in block) chars += JSON.stringify(block.input ?? null).length;
    else if ("content" in block) chars += textOfToolResult(block.content).length;
  }
  return chars;
}

// scripts/core/session/transcript-tool-calls.ts
var COMMAND_MAX_CHARS = 200;
var PLAN_MAX_CHARS = 4e3;
var MAX_FILES = 2e3;
var MAX_COMMANDS = 12;
var MAX_AGENTS = 200;
var MAX_PENDING = 500;
var MAX_TASKS = 500;
var FILE_TOOLS = /* @__PURE__ */ new Set(["Edit", "Write", "MultiEdit", "NotebookEdit"]);
var AGENT_TOOLS = /* @__PURE__ */ new Set(["Task", "Agent"]);
var TEST_COMMAND = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?test|jest|vitest|pytest|mocha|rspec|phpunit|ctest|(?:go|cargo|dotnet|mvn|gradle|gradlew|mix|deno)\s+test|make\s+(?:test|check))\b/;
var BUILD_COMMAND = /\b(?:(?:npm|pnpm|yarn|bun)\s+(?:run\s+)?build|tsc|make|cmake|webpack|esbuild|vite\s+build|(?:go|cargo|dotnet|gradle|gradlew|swift)\s+build|mvn\s+(?:package|install|compile))\b/;
var NonEmpty = string2().check(_minLength(1));
var TaskId = pipe(union([NonEmpty, number2()]), transform(String));
var OptionalText = optional(string2());
var FileToolInput = object({ file_path: optional(NonEmpty), notebook_path: optional(NonEmpty) });
var TodoWriteInput = object({ todos: array(unknown()) });
var TodoItem = object({ content: string2(), status: string2() });
var TaskCreateInput = object({ subject: OptionalText, description: OptionalText });
var TaskUpdateInput = object({ taskId: TaskId, status: OptionalText, subject: OptionalText });
var AgentInput = object({ subagent_type: OptionalText, description: OptionalText, prompt: OptionalText });
var TaskIdInput = object({ task_id: optional(TaskId), shell_id: optional(TaskId), taskId: optional(TaskId) });
var BashInput = object({ command: NonEmpty, run_in_background: optional(boolean2()) });
var PlanInput = object({ plan: NonEmpty });
var PlanWriteInput = object({ content: string2() });
var PlanEditInput = object({ old_string: string2(), new_string: string2() });
var PLAN_FILE = /[\\/]\.claude[\\/]plans[\\/][^\\/]+\.md$/;
var BackgroundBashResult = object({ backgroundTaskId: NonEmpty });
var TaskRecordResult = object({ task: object({ id: TaskId, subject: OptionalText, status: OptionalText }) });
var TaskListResult = object({ tasks: array(unknown()) });
var TaskListItem = object({ id: TaskId, subject: string2(), status: string2() });
var AgentLaunchResult = object({ status: _enum(["async_launched", "remote_launched"]), agentId: OptionalText, taskId: OptionalText });
var TaskOutputResult = object({ task: object({ task_id: TaskId, status: string2() }) });
function todoStatus(status) {
  if (status === "deleted") return null;
  if (status === "completed" || status === "in_progress") return status;
  return "pending";
}
function agentStatus(status) {
  if (status === "completed") return "completed";
  if (status === "failed" || status === "error") return "failed";
  if (status === "killed" || status === "stopped" || status === "cancelled") return "stopped";
  return null;
}
function touchFile(state, file) {
  const at = state.files.indexOf(file);
  if (at !== -1) state.files.splice(at, 1);
  state.files.push(file);
  if (state.files.length > MAX_FILES) state.files.shift();
}
function agentByTaskId(state, taskId) {
  return Object.values(state.agents).find((agent) => agent.agent_id === taskId);
}
function setAgentStatus(state, ids, status) {
  const next = agentStatus(status);
  if (!next) return;
  const agent = (ids.toolUseId ? state.agents[ids.toolUseId] : void 0) ?? (ids.taskId ? agentByTaskId(state, ids.taskId) : void 0);
  if (agent) agent.status = next;
}
function bounded(record2, max) {
  const keys = Object.keys(record2);
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) delete record2[key];
}
function pendingOf(use, main, at) {
  const call = { name: use.name, main, at };
  if (FILE_TOOLS.has(use.name)) {
    const input = FileToolInput.safeParse(use.input);
    const file = input.success ? input.data.file_path ?? input.data.notebook_path : void 0;
    if (file) call.file = file;
    if (file && PLAN_FILE.test(file)) {
      const write2 = PlanWriteInput.safeParse(use.input);
      const edit = PlanEditInput.safeParse(use.input);
      if (use.name === "Write" && write2.success) call.plan = fit(write2.data.content.trim(), PLAN_MAX_CHARS);
      else if (use.name === "Edit" && edit.success) call.plan_edit = { old: edit.data.old_string, new: edit.data.new_string };
    }
  } else if (use.name === "TodoWrite") {
    const input = TodoWriteInput.safeParse(use.input);
    if (input.success) {
      call.todos = [];
      for (const item of input.data.todos) {
        const todo = TodoItem.safeParse(item);
        const status = todo.success ? todoStatus(todo.data.status) : null;
        if (todo.success && status) call.todos.push({ content: todo.data.content, status });
      }
    }
  } else if (use.name === "TaskCreate") {
    const input = TaskCreateInput.safeParse(use.input);
    if (input.success) call.subject = input.data.subject ?? input.data.description ?? "";
  } else if (use.name === "TaskUpdate") {
    const input = TaskUpdateInput.safeParse(use.input);
    if (input.success) Object.assign(call, { task_id: input.data.taskId }, input.data.status ? { status: input.data.status } : {}, input.data.subject ? { subject: input.data.subject } : {});
  } else if (use.name === "TaskStop" || use.name === "KillShell" || use.name === "TaskOutput") {
    const input = TaskIdInput.safeParse(use.input);
    const id = input.success ? input.data.task_id ?? input.data.shell_id ?? input.data.taskId : void 0;
    if (id) call.task_id = id;
  } else if (use.name === "Bash") {
    const input = BashInput.safeParse(use.input);
    const firstLine = input.success ? input.data.command.trim().split("\n")[0] : void 0;
    if (firstLine) call.command = fit(firstLine.replace(/\s+/g, " ").trim(), COMMAND_MAX_CHARS);
    if (input.success && input.data.run_in_background === true) call.background = true;
  } else if (use.name === "ExitPlanMode") {
    const input = PlanInput.safeParse(use.input);
    if (input.success) call.plan = fit(input.data.plan.trim(), PLAN_MAX_CHARS);
  }
  return call;
}
function mineToolUse(state, use, main, at) {
  state.pending[use.id] = pendingOf(use, main, at);
  bounded(state.pending, MAX_PENDING);
  if (!main || !AGENT_TOOLS.has(use.name)) return;
  const input = AgentInput.safeParse(use.input);
  if (!input.success || input.data.description === void 0 && input.data.prompt === void 0) return;
  state.agents[use.id] = {
    type: input.data.subagent_type || "general-purpose",
    description: input.data.description ?? fit(input.data.prompt ?? "", 80),
    status: "running",
    agent_id: null
  };
  bounded(state.agents, MAX_AGENTS);
}
function setTaskStatus(state, id, status, subject) {
  const next = status === void 0 ? void 0 : todoStatus(status);
  let task = state.tasks.find((t2) => t2.id === id);
  if (next === null) {
    state.tasks = state.tasks.filter((t2) => t2 !== task);
    return;
  }
  if (!task) {
    task = { id, content: subject ?? `Task #${id}`, status: "pending" };
    state.tasks.push(task);
    if (state.tasks.length > MAX_TASKS) state.tasks.shift();
  }
  if (subject) task.content = subject;
  if (next) task.status = next;
}
function tasksFromList(toolUseResult, text) {
  const listed = TaskListResult.safeParse(toolUseResult);
  const tasks = [];
  if (listed.success) {
    for (const item of listed.data.tasks) {
      const task = TaskListItem.safeParse(item);
      const status = task.success ? todoStatus(task.data.status) : null;
      if (task.success && status) tasks.push({ id: task.data.id, content: task.data.subject, status });
    }
    return tasks;
  }
  for (const match of text.matchAll(/^#(\d+)\s+\[([a-z_]+)\]\s+(.+)$/gm)) {
    const [, id, status, subject] = match;
    const todo = todoStatus(status);
    if (id && subject && todo) tasks.push({ id, content: subject.trim(), status: todo });
  }
  return tasks.length > 0 || /no tasks/i.test(text) ? tasks : null;
}
function recordPlanFile(state, call) {
  if (call.plan !== void 0) state.plan = call.plan;
  else if (call.plan_edit && state.plan?.includes(call.plan_edit.old)) state.plan = fit(state.plan.replace(call.plan_edit.old, call.plan_edit.new), PLAN_MAX_CHARS);
}
function recordBackgroundCommand(state, call, useId, toolUseResult, text) {
  const launched = BackgroundBashResult.safeParse(toolUseResult);
  const id = launched.success ? launched.data.backgroundTaskId : /running in background with ID: ([\w-]+)/.exec(text)?.[1];
  state.agents[useId] = { type: "background shell", description: call.command ?? "a shell command", status: "running", agent_id: id ?? null };
  bounded(state.agents, MAX_AGENTS);
}
function recordCommand(state, call, result) {
  if (!call.command || !result) return;
  const text = textOfToolResult(result.content);
  const exit = /^Exit code (\d+)/.exec(text)?.[1];
  const ok = result.is_error !== true;
  const command = { command: call.command, exit_code: exit !== void 0 ? Number(exit) : ok ? 0 : null, ok, at: call.at ?? null };
  state.commands.push(command);
  if (state.commands.length > MAX_COMMANDS) state.commands.shift();
  if (TEST_COMMAND.test(call.command)) state.last_test = command;
  else if (BUILD_COMMAND.test(call.command)) state.last_build = command;
}
function applyCall(state, call, result, toolUseResult) {
  if (call.file) {
    if (call.main && (call.plan !== void 0 || call.plan_edit)) recordPlanFile(state, call);
    return touchFile(state, call.file);
  }
  if (call.name === "Bash") return recordCommand(state, call, result);
  if (!call.main) return;
  if (call.todos) {
    state.todo_source = "todo_write";
    state.todo_write = call.todos;
  } else if (call.name === "ExitPlanMode" && call.plan) {
    state.plan = call.plan;
  } else if (call.name === "TaskCreate" && call.subject !== void 0) {
    state.todo_source = "tasks";
    const record2 = TaskRecordResult.safeParse(toolUseResult);
    const id = record2.success ? record2.data.task.id : result ? /#(\d+)/.exec(textOfToolResult(result.content))?.[1] : void 0;
    state.tasks.push({ id: id ?? null, content: call.subject, status: "pending" });
  } else if (call.name === "TaskUpdate" && call.task_id) {
    state.todo_source = "tasks";
    setTaskStatus(state, call.task_id, call.status, call.subject);
  } else if (call.name === "TaskGet") {
    const record2 = TaskRecordResult.safeParse(toolUseResult);
    if (!record2.success) return;
    state.todo_source = "tasks";
    setTaskStatus(state, record2.data.task.id, record2.data.task.status, record2.data.task.subject);
  } else if (call.name === "TaskList" && result) {
    const snapshot = tasksFromList(toolUseResult, textOfToolResult(result.content));
    if (!snapshot) return;
    state.todo_source = "tasks";
    state.tasks = snapshot;
  } else if (call.name === "TaskOutput" && result) {
    const output = TaskOutputResult.safeParse(toolUseResult);
    const text = textOfToolResult(result.content);
    const taskId = output.success ? output.data.task.task_id : /<task_id>([^<]+)<\/task_id>/.exec(text)?.[1] ?? call.task_id;
    const status = output.success ? output.data.task.status : /<status>([^<]+)<\/status>/.exec(text)?.[1];
    setAgentStatus(state, { taskId }, status);
  } else if ((call.name === "TaskStop" || call.name === "KillShell") && call.task_id && result) {
    setAgentStatus(state, { taskId: call.task_id }, "killed");
  }
}
function mineToolResult(state, result, toolUseResult) {
  const call = state.pending[result.tool_use_id];
  if (!call) return;
  delete state.pending[result.tool_use_id];
  const agent = state.agents[result.tool_use_id];
  if (agent) {
    const launch = AgentLaunchResult.safeParse(toolUseResult);
    const text = textOfToolResult(result.content);
    const launchedAs = launch.success ? launch.data.agentId ?? launch.data.taskId : /^Async agent launched[\s\S]*?agentId: ([\w-]+)/.exec(text)?.[1];
    if (launchedAs) agent.agent_id = launchedAs;
    else agent.status = result.is_error ? "failed" : "completed";
    return;
  }
  if (call.background && call.main && !result.is_error) return recordBackgroundCommand(state, call, result.tool_use_id, toolUseResult, textOfToolResult(result.content));
  if (!result.is_error || call.name === "Bash") applyCall(state, call, result, toolUseResult);
}

// scripts/core/session/transcript-miner.ts
var PROMPT_MAX_CHARS = 300;
var SUMMARY_MAX_CHARS = 4e3;
var KNOWN_TYPES = /* @__PURE__ */ new Set([
  "user",
  "assistant",
  "system",
  "summary",
  "custom-title",
  "ai-title",
  "last-prompt",
  "attachment",
  "queue-operation",
  "file-history-snapshot",
  "progress",
  "atis-latch",
  "api-request",
  "api-request-shape",
  "api-request-blob",
  "tools-used",
  "cost-state",
  "tag",
  "agent-name",
  "pr-link"
]);
function mineTaskNotification(state, text) {
  if (!text.includes("<task-notification>")) return false;
  const tag = (name) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1]?.trim();
  setAgentStatus(state, { taskId: tag("task-id"), toolUseId: tag("tool-use-id") }, tag("status") ?? "completed");
  return true;
}
var HARNESS_TEXT = /^<(command-[a-z]+|local-command-[a-z]+|bash-[a-z]+|task-notification|user-prompt-submit-hook)>/;
var NOT_A_REQUEST = /^\/(workflow:|compact\b|clear\b|resume\b|continue\b|exit\b|model\b|config\b|cost\b|context\b|help\b|login\b|logout\b|status\b|doctor\b|memory\b|permissions\b|init\b|plugin\b|mcp\b|hooks\b|agents\b|rewind\b|export\b|statusline\b|ide\b|vim\b|theme\b|usage\b|release-notes\b|fast\b|effort\b|plan\b)/;
var NUDGE = /^(?:continue|keep going|go on|go ahead|carry on|proceed|next|yes|y|ok(?:ay)?|sure|do it|please continue)[\s.!]*$/i;
function requestFromText(raw) {
  const text = raw.replace(/<system-reminder>[\s\S]*?<\/system-reminder>/g, "").trim();
  const name = /<command-name>([^<]*)<\/command-name>/.exec(text)?.[1]?.trim();
  if (name !== void 0) {
    const args = /<command-args>([\s\S]*?)<\/command-args>/.exec(text)?.[1]?.trim() ?? "";
    const command = `${name.startsWith("/") ? name : `/${name}`}${args ? ` ${args}` : ""}`;
    return !args || NOT_A_REQUEST.test(command) ? null : fit(command.replace(/\s+/g, " "), PROMPT_MAX_CHARS);
  }
  if (!text || HARNESS_TEXT.test(text) || NUDGE.test(text) || text.startsWith("[Request interrupted by user")) return null;
  return fit(text.replace(/\s+/g, " "), PROMPT_MAX_CHARS);
}
function noteRequest(state, request) {
  state.first_request ??= request;
  state.last_request = request;
}
function mineUser(state, entry, main) {
  const results = blocksOf(entry, ToolResultBlock);
  for (const result of results) mineToolResult(state, result, results.length === 1 ? entry.toolUseResult : void 0);
  if (results.length > 0 || !main) return;
  const text = userText(entry);
  if (entry.isCompactSummary) {
    const last = state.compactions.last;
    if (last && text) last.summary = fit(text.trim(), SUMMARY_MAX_CHARS);
    return;
  }
  if (text === null || mineTaskNotification(state, text) || entry.isMeta) return;
  const request = requestFromText(text);
  if (request !== null) noteRequest(state, request);
}
function mineEntry(state, entry, main) {
  state.lines.read += 1;
  if (!KNOWN_TYPES.has(entry.type)) {
    state.lines.unknown_type += 1;
    return;
  }
  const onMainChain = main && isMainChain(entry);
  switch (entry.type) {
    case "assistant":
      for (const use of blocksOf(entry, ToolUseBlock)) mineToolUse(state, use, onMainChain, entry.timestamp ?? null);
      return;
    case "user":
      return mineUser(state, entry, onMainChain);
    case "last-prompt": {
      const recorded = entry.lastPrompt === void 0 ? null : requestFromText(entry.lastPrompt);
      if (recorded !== null) state.recorded_prompt = recorded;
      return;
    }
    case "queue-operation":
      if (entry.operation === "enqueue" && entry.content) mineTaskNotification(state, entry.content);
      return;
    case "attachment":
      if (entry.attachment?.prompt) mineTaskNotification(state, entry.attachment.prompt);
      return;
    case "system":
      if (onMainChain && isCompactBoundary(entry)) {
        const meta2 = entry.compactMetadata;
        state.compactions.count += 1;
        state.compactions.last = {
          at: entry.timestamp ?? null,
          trigger: meta2?.trigger ?? null,
          pre_tokens: meta2?.preTokens ?? null,
          post_tokens: meta2?.postTokens ?? null,
          summary: null
        };
      }
      return;
    case "summary":
    case "custom-title":
    case "ai-title": {
      const title = entry.customTitle ?? entry.aiTitle ?? entry.summary;
      if (title?.trim() && (entry.type === "custom-title" || state.title === null || entry.type === "ai-title")) state.title = fit(title.trim(), 120);
      return;
    }
    default:
      return;
  }
}
function countUnreadable(state, long) {
  state.lines.read += 1;
  if (long) state.lines.long += 1;
  else state.lines.unreadable += 1;
}
function mineLongLineHead(state, head, main) {
  if (!/"type":"assistant"/.test(head)) return;
  for (const match of head.matchAll(/"type":"tool_use","id":"([^"]+)","name":"(Edit|Write|MultiEdit|NotebookEdit)","input":\{"(?:file_path|notebook_path)":"((?:[^"\\]|\\.)*)"/g)) {
    const [, id, name, file] = match;
    if (!id || !name || !file) continue;
    let path18;
    try {
      path18 = JSON.parse(`"${file}"`);
    } catch {
      continue;
    }
    state.pending[id] = { name, main, file: path18 };
  }
}
function splitTodos(todos) {
  return {
    active: todos.filter((t2) => t2.status !== "completed").map(({ content, status }) => ({ content, status })),
    completed: todos.filter((t2) => t2.status === "completed").map(({ content, status }) => ({ content, status }))
  };
}
function factsOf(state) {
  const settled = structuredClone(state);
  for (const call of Object.values(settled.pending)) applyCall(settled, call);
  return {
    todos: settled.todo_source === "todo_write" ? splitTodos(settled.todo_write) : settled.todo_source === "tasks" ? splitTodos(settled.tasks) : null,
    files: settled.files,
    agents: Object.values(settled.agents).map((agent) => ({
      type: agent.type,
      description: agent.description,
      done: agent.status !== "running",
      status: agent.status
    })),
    first_request: settled.first_request ?? settled.recorded_prompt,
    last_request: settled.last_request ?? settled.recorded_prompt
  };
}

// scripts/core/session/transcript-miner-state.ts
var TodoStatus = _enum(["pending", "in_progress", "completed"]);
var Todo = object({ content: string2(), status: TodoStatus });
var AgentStatus = _enum(["running", "completed", "failed", "stopped"]);
var Command = object({ command: string2(), exit_code: nullable(number2()), ok: boolean2(), at: nullable(string2()) });
var PendingCall = object({
  name: string2(),
  main: boolean2(),
  file: optional(string2()),
  todos: optional(array(Todo)),
  subject: optional(string2()),
  task_id: optional(string2()),
  status: optional(string2()),
  command: optional(string2()),
  plan: optional(string2()),
  /** an edit of a plan file: the text it replaces and its replacement */
  plan_edit: optional(object({ old: string2(), new: string2() })),
  background: optional(boolean2()),
  at: optional(nullable(string2()))
});
var MinerState = object({
  pending: record(string2(), PendingCall),
  todo_source: nullable(_enum(["todo_write", "tasks"])),
  todo_write: array(Todo),
  tasks: array(object({ id: nullable(string2()), content: string2(), status: TodoStatus })),
  /** order of last touch, oldest first */
  files: array(string2()),
  /** by the tool_use id that launched them */
  agents: record(string2(), object({ type: string2(), description: string2(), status: AgentStatus, agent_id: nullable(string2()) })),
  commands: array(Command),
  last_test: nullable(Command),
  last_build: nullable(Command),
  first_request: nullable(string2()),
  last_request: nullable(string2()),
  /** Claude Code's own `last-prompt` record, for when the prompt itself was not read */
  recorded_prompt: nullable(string2()),
  plan: nullable(string2()),
  title: nullable(string2()),
  compactions: object({
    count: number2(),
    last: nullable(
      object({
        at: nullable(string2()),
        trigger: nullable(string2()),
        pre_tokens: nullable(number2()),
        post_tokens: nullable(number2()),
        summary: nullable(string2())
      })
    )
  }),
  lines: object({ read: number2(), unknown_type: number2(), unreadable: number2(), long: number2() })
});
function newMinerState() {
  return {
    pending: {},
    todo_source: null,
    todo_write: [],
    tasks: [],
    files: [],
    agents: {},
    commands: [],
    last_test: null,
    last_build: null,
    first_request: null,
    last_request: null,
    recorded_prompt: null,
    plan: null,
    title: null,
    compactions: { count: 0, last: null },
    lines: { read: 0, unknown_type: 0, unreadable: 0, long: 0 }
  };
}

// scripts/core/runtime/session-files.ts
var import_node_fs10 = __toESM(require("node:fs"), 1);
var import_node_path11 = __toESM(require("node:path"), 1);
var RUNTIME_SUFFIX = ".json";
var STATUSLINE_SUFFIX = ".statusline.json";
var SESSION_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function sessionFile(env, sessionId, suffix) {
  const name = SESSION_ID_PATTERN.test(sessionId) ? sessionId : `sha256-${sha256Hex(sessionId)}`;
  return import_node_path11.default.join(runtimeDir(env), "sessions", `${name}${suffix}`);
}
function readJson(file) {
  try {
    return JSON.parse(import_node_fs10.default.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
var tempFiles = 0;
function writeJson(file, value) {
  import_node_fs10.default.mkdirSync(import_node_path11.default.dirname(file), { recursive: true, mode: 448 });
  const tmp = `${file}.tmp-${process.pid}-${++tempFiles}`;
  try {
    import_node_fs10.default.writeFileSync(tmp, JSON.stringify(value), { mode: 384 });
    import_node_fs10.default.renameSync(tmp, file);
  } catch (error2) {
    import_node_fs10.default.rmSync(tmp, { force: true });
    throw error2;
  }
}
function readSessionFile(env, sessionId, suffix) {
  return readJson(sessionFile(env, sessionId, suffix));
}
function writeSessionFile(env, sessionId, suffix, value) {
  writeJson(sessionFile(env, sessionId, suffix), value);
}

// scripts/core/session/session-capture.ts
var READ_BUDGET = 128 * 1024 * 1024;
var CHUNK = 1024 * 1024;
var LONG_LINE_BYTES = 4 * 1024 * 1024;
var LONG_LINE_HEAD = 64 * 1024;
var FINGERPRINT_BYTES = 256;
var MAX_SUBAGENT_FILES = 200;
var CAPTURE_VERSION = 1;
var Cursor = object({
  offset: number2(),
  fingerprint: string2(),
  /** bytes never read because the file was too far behind */
  skipped: number2()
});
var Capture = object({
  version: literal(CAPTURE_VERSION),
  transcript: string2(),
  cursors: record(string2(), Cursor),
  miner: MinerState
});
function fingerprintAt(fd, offset) {
  const length = Math.min(FINGERPRINT_BYTES, offset);
  const buf = Buffer.alloc(length);
  import_node_fs11.default.readSync(fd, buf, 0, length, offset - length);
  return (0, import_node_crypto2.createHash)("sha1").update(buf).digest("hex");
}
function mineFile(file, cursor, miner, main, budget) {
  let fd;
  try {
    if (!import_node_fs11.default.statSync(file).isFile()) return cursor;
    fd = import_node_fs11.default.openSync(file, "r");
  } catch {
    return cursor;
  }
  try {
    const size = import_node_fs11.default.fstatSync(fd).size;
    let start = cursor?.offset ?? 0;
    let skipped = cursor?.skipped ?? 0;
    if (cursor && (size < start || fingerprintAt(fd, start) !== cursor.fingerprint)) {
      Object.assign(miner, newMinerState());
      start = 0;
      skipped = 0;
    }
    if (size - start > budget) {
      skipped += size - budget - start;
      start = size - budget;
      start = nextLineStart(fd, start, size);
    }
    const end = readLines(fd, start, size, (line, long) => {
      if (long !== null) {
        countUnreadable(miner, true);
        mineLongLineHead(miner, long, main);
        return;
      }
      const entry = parseEntry(line);
      if (entry) mineEntry(miner, entry, main);
      else countUnreadable(miner, false);
    });
    return { offset: end, fingerprint: fingerprintAt(fd, end), skipped };
  } catch {
    return cursor;
  } finally {
    import_node_fs11.default.closeSync(fd);
  }
}
function nextLineStart(fd, from, size) {
  const buf = Buffer.allocUnsafe(64 * 1024);
  for (let at = from; at < size; at += buf.length) {
    const got = import_node_fs11.default.readSync(fd, buf, 0, Math.min(buf.length, size - at), at);
    const nl = buf.subarray(0, got).indexOf(10);
    if (nl !== -1) return at + nl + 1;
  }
  return size;
}
function readLines(fd, start, size, onLine) {
  const buf = Buffer.allocUnsafe(CHUNK);
  let parts = [];
  let partBytes = 0;
  let longHead = null;
  let lineStart = start;
  for (let at = start; at < size; ) {
    const got = import_node_fs11.default.readSync(fd, buf, 0, Math.min(CHUNK, size - at), at);
    if (got === 0) break;
    let from = 0;
    for (let nl = buf.indexOf(10, 0); nl !== -1 && nl < got; nl = buf.indexOf(10, from)) {
      const piece = buf.subarray(from, nl);
      if (longHead !== null) onLine("", longHead);
      else {
        const line = partBytes > 0 ? Buffer.concat([...parts, piece]).toString("utf8") : piece.toString("utf8");
        if (line.trim()) onLine(line, null);
      }
      parts = [];
      partBytes = 0;
      longHead = null;
      from = nl + 1;
      lineStart = at + from;
    }
    if (from < got) {
      const rest = buf.subarray(from, got);
      if (longHead === null) {
        parts.push(Buffer.from(rest));
        partBytes += rest.length;
        if (partBytes > LONG_LINE_BYTES) {
          longHead = Buffer.concat(parts).subarray(0, LONG_LINE_HEAD).toString("utf8");
          parts = [];
        }
      }
    }
    at += got;
  }
  return lineStart;
}
function subagentFiles(transcript) {
  const dir = import_node_path12.default.join(transcript.replace(/\.jsonl$/, ""), "subagents");
  try {
    return import_node_fs11.default.readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile() && /^agent-[\w-]+\.jsonl$/.test(entry.name)).map((entry) => import_node_path12.default.join(dir, entry.name)).sort().slice(0, MAX_SUBAGENT_FILES);
  } catch {
    return [];
  }
}
function readCapture(env, sessionId, transcript) {
  const parsed = Capture.safeParse(readSessionFile(env, sessionId, ".capture.json"));
  return parsed.success && parsed.data.transcript === transcript ? parsed.data : emptyCapture(transcript);
}
function emptyCapture(transcript) {
  return { version: CAPTURE_VERSION, transcript, cursors: {}, miner: newMinerState() };
}
function captureSession(env, sessionId, transcript, options = {}) {
  const capture = sessionId ? readCapture(env, sessionId, transcript) : emptyCapture(transcript);
  const files = [transcript, ...subagentFiles(transcript)];
  for (const file of files) {
    const next = mineFile(file, capture.cursors[file], capture.miner, file === transcript, options.readBudget ?? READ_BUDGET);
    if (next) capture.cursors[file] = next;
  }
  if (sessionId) {
    try {
      writeSessionFile(env, sessionId, ".capture.json", capture);
    } catch {
    }
  }
  return {
    facts: factsOf(capture.miner),
    state: capture.miner,
    coverage: { files: Object.keys(capture.cursors).length, skipped_bytes: Object.values(capture.cursors).reduce((sum, c2) => sum + c2.skipped, 0) }
  };
}

// scripts/core/store/store-history.ts
var import_node_fs12 = __toESM(require("node:fs"), 1);
var import_node_path13 = __toESM(require("node:path"), 1);
var HISTORY_FILE2 = STORE_FILES.history;
function appendHistory(storeDir, id, entry) {
  const file = import_node_path13.default.join(workflowDir(storeDir, id), HISTORY_FILE2);
  const separator = endsMidLine(file) ? "\n" : "";
  const parsed = HistoryEntry.parse(entry);
  const line = { ...parsed, summary: redactText(parsed.summary).text, schema_version: SCHEMA_VERSION };
  try {
    withLock(import_node_path13.default.dirname(file), () => {
      appendRegularFile(file, `${separator}${JSON.stringify(line)}
`);
      compactHistoryIfLarge(file);
    });
  } catch (error2) {
    if (error2.code !== "ENOSPC") throw error2;
    throw new WorkflowError(`the state of ${id} is saved, but its history line is not: the disk is full`);
  }
}
var HISTORY_COMPACT_BYTES = 2 * 1024 * 1024;
var HISTORY_COMPACT_READ_BYTES = 16 * 1024 * 1024;
var KEEP_CHECKPOINTS = 1e3;
var KEEP_OTHER_EVENTS = 5e3;
function compactHistoryIfLarge(file) {
  const size = import_node_fs12.default.lstatSync(file).size;
  if (size <= HISTORY_COMPACT_BYTES) return;
  const from = Math.max(0, size - HISTORY_COMPACT_READ_BYTES);
  const tail = withRegularFile(file, Buffer.alloc(0), (fd) => {
    const bytes = Buffer.alloc(size - from);
    import_node_fs12.default.readSync(fd, bytes, 0, bytes.length, from);
    return bytes;
  });
  if (tail.length === 0) return;
  const lines = tail.toString("utf8").split("\n").slice(from > 0 ? 1 : 0).filter((line) => line.trim());
  const isCheckpoint = lines.map((line) => line.includes('"event":"checkpoint"'));
  let checkpoints = isCheckpoint.filter(Boolean).length - KEEP_CHECKPOINTS;
  let others = isCheckpoint.filter((c2) => !c2).length - KEEP_OTHER_EVENTS;
  const kept = lines.filter((_2, i) => {
    if (isCheckpoint[i]) return checkpoints-- <= 0;
    return others-- <= 0;
  });
  writeFileAtomic(file, `${kept.join("\n")}
`);
}
function endsMidLine(file) {
  return withRegularFile(file, false, (fd, size) => {
    if (size === 0) return false;
    const last = Buffer.alloc(1);
    import_node_fs12.default.readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 10;
  });
}

// scripts/core/store/store-choice.ts
var import_node_fs13 = __toESM(require("node:fs"), 1);
var import_node_path14 = __toESM(require("node:path"), 1);

// scripts/core/store/workflow-origin.ts
var FUTURE_SLACK_MS = 5 * 6e4;

// scripts/core/store/workflow-choice.ts
var RESUMABLE = ["active", "paused", "waiting_approval"];
function isResumable(state) {
  return RESUMABLE.includes(state.status);
}

// scripts/core/store/store-choice.ts
function peek(storeDir, id, dir) {
  const file = `${dir}${import_node_path14.default.sep}state.json`;
  try {
    const seen = import_node_fs13.default.lstatSync(file);
    const known = seen.isFile() ? memoizedPeek(storeDir, id, fileSignature(seen)) : void 0;
    if (known) return known;
    const { bytes, stat } = readRegularFileAndStat(file, READ_CAPS.state);
    const parsed = StatePeek.safeParse(JSON.parse(bytes.toString("utf8")));
    if (!parsed.success) return null;
    rememberPeek(storeDir, id, fileSignature(stat), parsed.data);
    return parsed.data;
  } catch {
    return null;
  }
}
function candidates(storeDir) {
  const found = [];
  const ids = existingIds(storeDir);
  forgetOthers(storeDir, ids);
  for (const id of ids) {
    const dir = `${storeDir}${import_node_path14.default.sep}${id}`;
    const state = peek(storeDir, id, dir);
    if (state) found.push({ dir, state, loaded: null });
    else {
      try {
        const loaded2 = readWorkflow(dir);
        found.push({ dir, state: loaded2.state, loaded: loaded2 });
      } catch {
      }
    }
  }
  return found.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
}
function confirm(picked, all) {
  for (const candidate of picked) {
    if (!candidate || candidate.loaded) continue;
    const peeked = candidate.state;
    try {
      candidate.loaded = readWorkflow(candidate.dir);
    } catch {
      all.splice(all.indexOf(candidate), 1);
      return false;
    }
    candidate.state = candidate.loaded.state;
    const full = candidate.state;
    if (full.status !== peeked.status || full.automatic !== peeked.automatic || full.updated_at !== peeked.updated_at || full.device.hostname !== peeked.device.hostname || full.session.id !== peeked.session.id) {
      all.sort((a, b) => newestFirst(a.state.updated_at, b.state.updated_at));
      return false;
    }
  }
  return true;
}
function sessionWorkflow(place, sessionId) {
  if (!sessionId) return null;
  const all = candidates(place.storeDir);
  for (; ; ) {
    const held = all.find(({ state }) => state.session.id === sessionId && isResumable(state)) ?? null;
    if (confirm([held], all)) return held?.loaded ?? null;
  }
}
function workflowOfSession(place, sessionId) {
  return sessionWorkflow(place, sessionId)?.state.id ?? null;
}

// scripts/core/workflows/common.ts
var import_node_path17 = __toESM(require("node:path"), 1);

// scripts/core/session/context-window.ts
var K2 = 1e3;
var WINDOW_200K = 200 * K2;
var WINDOW_1M = 1e3 * K2;
var SUMMARY_BUFFER_TOKENS = 13 * K2;
var MAX_OUTPUT_RESERVE_TOKENS = 20 * K2;
var MIN_AUTO_COMPACT_WINDOW = 100 * K2;
var OLDEST_MEASURED = [2, 1, 197];
var CURRENT_MEASURED = [2, 1, 332];
function truthy(value) {
  return value !== void 0 && /^(1|true|yes|on)$/i.test(value.trim());
}
function parseVersion(version2) {
  const match = version2 === null ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(version2);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}
function atLeast(version2, floor) {
  for (let i = 0; i < floor.length; i++) {
    const a = version2[i] ?? 0;
    const b = floor[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
function ruleSets(version2) {
  const parsed = parseVersion(version2);
  if (parsed !== null && atLeast(parsed, CURRENT_MEASURED)) return ["current"];
  if (parsed !== null && !atLeast(parsed, [OLDEST_MEASURED[0], OLDEST_MEASURED[1], OLDEST_MEASURED[2] + 1])) return ["oldest"];
  return ["current", "oldest"];
}
function hasOneMillionSuffix(model) {
  return /\[1m\]\s*$/i.test(model);
}
function normalizeModelId(model) {
  let id = withoutSuffix(model.trim().toLowerCase(), "[1m]");
  const region = REGION_PREFIXES.find((prefix) => id.startsWith(prefix));
  if (region) id = id.slice(region.length);
  if (id.startsWith("anthropic.")) id = id.slice("anthropic.".length);
  id = withoutDigitsAfter(id, ":", 1);
  id = withoutDigitsAfter(id, "@", 8, 8);
  id = withoutDigitsAfter(id, "-v", 1);
  return id.endsWith("-latest") ? id.slice(0, -"-latest".length) : withoutDigitsAfter(id, "-", 8, 8);
}
var REGION_PREFIXES = ["us.", "eu.", "apac.", "global.", "jp.", "au."];
var withoutSuffix = (id, suffix) => id.endsWith(suffix) ? id.slice(0, -suffix.length) : id;
function withoutDigitsAfter(id, marker2, min, max = Number.POSITIVE_INFINITY) {
  let digits = 0;
  while (digits < id.length && isDigit(id.charCodeAt(id.length - 1 - digits))) digits++;
  if (digits < min || digits > max) return id;
  const end = id.length - digits;
  return id.slice(end - marker2.length, end) === marker2 ? id.slice(0, end - marker2.length) : id;
}
var isDigit = (code) => code >= 48 && code <= 57;
var RETIRED_TO_DEFAULT = /* @__PURE__ */ new Set(["claude-opus-4-0", "claude-opus-4-1", "claude-opus-4-1-20250805", "claude-opus-4-20250514"]);
var FAMILIES_200K = [/^claude-3-/, /^claude-(?:opus|sonnet)-4(?:-[0-6])?$/, /^claude-haiku-4(?:-[0-5])?$/];
var OLDEST_DEFAULT_MODEL = "claude-opus-4-8";
function native1M(model) {
  const raw = model.trim().toLowerCase().replace(/\[1m\]$/, "");
  if (RETIRED_TO_DEFAULT.has(raw)) return true;
  const id = normalizeModelId(model);
  return !FAMILIES_200K.some((family) => family.test(id));
}
function maxOutputTokens(model) {
  const id = model === null ? "" : normalizeModelId(model);
  if (/^claude-3-(?:haiku|opus)/.test(id)) return 4096;
  if (/^claude-3-(?:5-|sonnet)/.test(id)) return 8192;
  return 32 * K2;
}
function modelWindow(model, rules, suffixKnown, explicitChoice) {
  if (hasOneMillionSuffix(model)) return { window: WINDOW_1M, optIn: rules === "oldest" || !native1M(model), assumed: false };
  if (rules === "current") return { window: native1M(model) ? WINDOW_1M : WINDOW_200K, optIn: false, assumed: false };
  const id = normalizeModelId(model);
  if (id === "default") return { window: WINDOW_1M, optIn: true, assumed: false };
  if (!suffixKnown && !explicitChoice && id === OLDEST_DEFAULT_MODEL) return { window: WINDOW_1M, optIn: true, assumed: true };
  return { window: WINDOW_200K, optIn: false, assumed: false };
}
function chooseModel(facts) {
  if (facts.requestedModel) return { model: facts.requestedModel, suffixKnown: true };
  const seen = facts.responseModel ?? facts.startModel;
  const configured = facts.configuredModel;
  if (seen && configured && normalizeModelId(seen) === normalizeModelId(configured)) return { model: configured, suffixKnown: true };
  if (seen) return { model: seen, suffixKnown: false };
  if (configured) return { model: configured, suffixKnown: true };
  return null;
}
function parseTokens(raw) {
  const value = raw === void 0 ? Number.NaN : Number(raw.trim());
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : null;
}
function resolveContextWindow(facts) {
  const disable1M = truthy(facts.env.CLAUDE_CODE_DISABLE_1M_CONTEXT);
  const choice = chooseModel(facts);
  const explicitChoice = facts.configuredModel !== null;
  let window;
  let source;
  let certain;
  let optIn = false;
  if (choice === null) {
    window = disable1M ? WINDOW_200K : WINDOW_1M;
    source = disable1M ? "setting" : "default";
    certain = disable1M;
  } else {
    const candidates2 = ruleSets(facts.version).map((rules) => modelWindow(choice.model, rules, choice.suffixKnown, explicitChoice));
    const widest = candidates2.reduce((a, b) => b.window > a.window ? b : a);
    window = disable1M ? WINDOW_200K : widest.window;
    optIn = widest.optIn;
    source = disable1M ? "setting" : widest.assumed ? "default" : "model";
    certain = disable1M || candidates2.every((c2) => c2.window === widest.window) && !widest.assumed;
  }
  if (facts.statuslineWindow !== null) {
    window = facts.statuslineWindow;
    source = "statusline";
    certain = true;
  }
  if (facts.configWindow !== null) {
    window = facts.configWindow;
    source = "config";
    certain = true;
  }
  if (facts.tokens > window) {
    window = Math.max(WINDOW_1M, facts.tokens);
    source = "tokens";
    certain = false;
  }
  return { window, source, certain, ...compactionPoint(window, facts, optIn && !disable1M, choice?.model ?? null) };
}
function compactionPoint(window, facts, optIn, model) {
  const off = truthy(facts.env.DISABLE_AUTO_COMPACT) || truthy(facts.env.DISABLE_COMPACT) || facts.settings.autoCompactEnabled === false;
  const fromEnv = parseTokens(facts.env.CLAUDE_CODE_AUTO_COMPACT_WINDOW);
  const fromSetting = typeof facts.settings.autoCompactWindow === "number" && facts.settings.autoCompactWindow > 0 ? facts.settings.autoCompactWindow : null;
  const chosen = fromEnv !== null ? Math.max(fromEnv, MIN_AUTO_COMPACT_WINDOW) : fromSetting;
  const budget = chosen === null ? window : Math.min(window, chosen);
  const budgetSource = chosen === null || budget >= window ? null : fromEnv !== null ? "env" : "setting";
  if (off) return { compaction: "off", autoCompactAt: null, budget, budgetSource };
  if (optIn && budgetSource === null) return { compaction: "reactive", autoCompactAt: window, budget, budgetSource };
  const effective = budget - Math.min(maxOutputTokens(model), MAX_OUTPUT_RESERVE_TOKENS);
  let point = effective - SUMMARY_BUFFER_TOKENS;
  const pct = Number(facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() ?? "");
  if (facts.env.CLAUDE_AUTOCOMPACT_PCT_OVERRIDE?.trim() && Number.isFinite(pct) && pct > 0 && pct <= 100) {
    point = Math.min(Math.floor(effective * pct / 100), point);
  }
  return { compaction: "auto", autoCompactAt: Math.max(0, point), budget, budgetSource };
}

// scripts/core/session/context.ts
var STATUSLINE_MAX_AGE_MS = 6e4;
var CONTEXT_VARIABLES = {
  ANTHROPIC_MODEL: true,
  CLAUDE_CODE_DISABLE_1M_CONTEXT: true,
  CLAUDE_CODE_AUTO_COMPACT_WINDOW: true,
  CLAUDE_AUTOCOMPACT_PCT_OVERRIDE: true,
  DISABLE_AUTO_COMPACT: true,
  DISABLE_COMPACT: true
};
function contextVariables(...layers) {
  const picked = {};
  for (const name of Object.keys(CONTEXT_VARIABLES)) {
    let value;
    for (const layer of layers) if (Object.hasOwn(layer, name)) value = layer[name];
    if (value !== void 0) picked[name] = value;
  }
  return picked;
}
var round1 = (value) => Math.round(value * 10) / 10;
function measureContext(inputs) {
  const { statusline, usage, settings, config: config2, now } = inputs;
  const env = contextVariables(settings.env ?? {}, inputs.env);
  const fresh = statusline !== null && statusline.used_percentage !== null && statusline.context_window_size !== null && now.getTime() - Date.parse(statusline.at) <= STATUSLINE_MAX_AGE_MS;
  const statuslineWindow = fresh ? statusline.context_window_size : null;
  let tokens = usage.tokens;
  let tokenSource = usage.kind === "measured" ? "transcript" : usage.kind === "estimated" ? "estimate" : "unknown";
  if (fresh && statusline.used_percentage !== null && statusline.context_window_size !== null) {
    const exact = Math.round(statusline.used_percentage / 100 * statusline.context_window_size);
    if (usage.kind !== "measured" || usage.tokens <= exact) {
      tokens = exact;
      tokenSource = "statusline";
    }
  }
  const measured = usage.kind === "measured" ? usage : null;
  const window = resolveContextWindow({
    requestedModel: measured ? measured.requestedModel : inputs.seen?.requested_model ?? null,
    responseModel: measured ? measured.model : inputs.seen?.model ?? null,
    startModel: inputs.startModel,
    configuredModel: env.ANTHROPIC_MODEL || settings.model || null,
    version: measured?.version ?? inputs.seen?.version ?? null,
    tokens,
    configWindow: config2.context_window,
    statuslineWindow,
    env,
    settings
  });
  return { ...window, tokens, percent: round1(tokens / window.window * 100), tokenSource };
}
function changedSeen(seen, usage) {
  if (usage.kind !== "measured") return null;
  const now = { model: usage.model, requested_model: usage.requestedModel, version: usage.version };
  return JSON.stringify(now) === JSON.stringify(seen) ? null : now;
}
function tokensOfReading(context) {
  if (context.tokenSource === "unknown") return null;
  return {
    context_tokens: context.tokens,
    context_window: context.window,
    percent: context.percent,
    window_source: context.source,
    window_certain: context.certain,
    token_source: context.tokenSource,
    compaction: context.compaction,
    auto_compact_at: context.autoCompactAt
  };
}

// scripts/core/session/claude-settings.ts
var import_node_fs14 = __toESM(require("node:fs"), 1);

// scripts/core/session/settings-files.ts
var import_node_path15 = __toESM(require("node:path"), 1);
function managedSettingsFile() {
  if (process.platform === "darwin") return "/Library/Application Support/ClaudeCode/managed-settings.json";
  if (process.platform === "win32") return "C:\\Program Files\\ClaudeCode\\managed-settings.json";
  return "/etc/claude-code/managed-settings.json";
}
function sessionStartDir(fallback, env) {
  return env.CLAUDE_PROJECT_DIR || fallback;
}
function settingsFiles(startDir, env) {
  const configDir = env.CLAUDE_CONFIG_DIR || import_node_path15.default.join(homeDir(), ".claude");
  return [
    import_node_path15.default.join(configDir, "settings.json"),
    import_node_path15.default.join(startDir, ".claude", "settings.json"),
    import_node_path15.default.join(startDir, ".claude", "settings.local.json"),
    managedSettingsFile()
  ];
}

// scripts/core/session/claude-settings.ts
var MAX_SETTINGS_BYTES = 1024 * 1024;
function readSettingsFile(file) {
  let fd;
  try {
    fd = import_node_fs14.default.openSync(file, import_node_fs14.default.constants.O_RDONLY | (import_node_fs14.default.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    const stat = import_node_fs14.default.fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_SETTINGS_BYTES) return null;
    const parsed = ClaudeSettingsFile.safeParse(JSON.parse(import_node_fs14.default.readFileSync(fd, "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  } finally {
    import_node_fs14.default.closeSync(fd);
  }
}
function readClaudeSettings(startDir, env) {
  const merged = { model: void 0, autoCompactWindow: void 0, autoCompactEnabled: void 0, env: {} };
  for (const file of settingsFiles(startDir, env)) {
    const layer = readSettingsFile(file);
    if (!layer) continue;
    merged.model = layer.model ?? merged.model;
    merged.autoCompactWindow = layer.autoCompactWindow ?? merged.autoCompactWindow;
    merged.autoCompactEnabled = layer.autoCompactEnabled ?? merged.autoCompactEnabled;
    Object.assign(merged.env, layer.env ?? {});
  }
  return merged;
}

// scripts/core/shared/config-sources.ts
var import_node_path16 = __toESM(require("node:path"), 1);
function userConfigPath() {
  return import_node_path16.default.join(homeDir(), ".claude", "workflow.json");
}
function configFiles(projectDir) {
  return [userConfigPath(), import_node_path16.default.join(projectDir, ".claude", "workflow.json")];
}

// scripts/core/shared/config.ts
var Fraction = number2().check(_gt(0), _lt(1));
var Minutes = number2().check(_nonnegative());
var Days = number2().check(_nonnegative());
var Retention = strictObject({
  completed_days: Days,
  cancelled_days: Days
});
var Sync = strictObject({
  remote: string2().check(_regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be a git remote name")),
  /** pull at session start (time-capped), push after each handoff */
  auto: boolean2(),
  /**
   * a folder another tool already syncs between machines (iCloud Drive, Dropbox, Syncthing): when
   * set, sync goes through it instead of the git remote; '' means the git remote
   */
  dir: string2()
});
var ConfigShape = {
  /** fractions of the context window announced once each per session */
  milestones: array(Fraction).check(_minLength(1)),
  /** fraction of the window at which the handoff is suggested (or, in auto mode, asked for) */
  handoff_threshold: Fraction,
  /** tokens; null: 200K, or 1M for [1m] models */
  context_window: nullable(int().check(_positive())),
  /** suggest: never interrupt; auto: at the threshold the Stop hook asks Claude once to hand off */
  mode: _enum(["suggest", "auto"]),
  checkpoint_interval_minutes: Minutes,
  /** create a workflow on its own once a session proves long */
  auto_create: boolean2(),
  /** a handoff older than this is flagged as stale */
  stale_after_days: number2().check(_positive()),
  retention: Retention,
  sync: Sync
};
var WorkflowConfig = strictObject(ConfigShape);
var ConfigLayer = partial2(extend2(WorkflowConfig, { retention: partial2(Retention), sync: partial2(Sync) }));
var DEFAULT_CONFIG = {
  milestones: [0.5, 0.75, 0.9],
  handoff_threshold: 0.75,
  context_window: null,
  mode: "suggest",
  checkpoint_interval_minutes: 5,
  auto_create: true,
  stale_after_days: 7,
  retention: { completed_days: 30, cancelled_days: 7 },
  sync: { remote: "origin", auto: false, dir: "" }
};
function describeIssue(source, error2) {
  const issue2 = error2.issues[0];
  if (issue2?.code === "unrecognized_keys") {
    const prefix = issue2.path.length > 0 ? `${issue2.path.join(".")}.` : "";
    return `${source}: unknown setting(s) ${issue2.keys.map((key) => `${prefix}${key}`).join(", ")}; ignored this file, using the other layers`;
  }
  const field = issue2?.path.join(".") || "(root)";
  return `${source}: "${field}" ${issue2?.message ?? "is invalid"}; ignored, using the other layers`;
}
function readFileLayer(file, problems) {
  let text;
  try {
    text = readRegularText(file, READ_CAPS.config);
  } catch (error2) {
    if (error2 instanceof WorkflowError) problems.push(error2.message);
    else if (error2.code !== "ENOENT") problems.push(`${file}: cannot be read (${error2.code})`);
    return {};
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch (error2) {
    problems.push(`${file}: not valid JSON (${error2.message}); ignored, using the other layers`);
    return {};
  }
  const parsed = ConfigLayer.safeParse(json);
  if (!parsed.success) {
    problems.push(describeIssue(file, parsed.error));
    return {};
  }
  return parsed.data;
}
var ENV_SETTINGS = [
  { key: "milestones", name: "MILESTONES", convert: (raw) => raw.split(",").map(toNumber) },
  { key: "handoff_threshold", name: "HANDOFF_THRESHOLD", convert: toNumber },
  { key: "context_window", name: "CONTEXT_WINDOW", convert: (raw) => raw === "" || raw === "auto" ? null : toNumber(raw) },
  { key: "mode", name: "MODE", convert: (raw) => raw },
  { key: "checkpoint_interval_minutes", name: "CHECKPOINT_INTERVAL_MINUTES", convert: toNumber },
  { key: "auto_create", name: "AUTO_CREATE", convert: toBoolean },
  { key: "stale_after_days", name: "STALE_AFTER_DAYS", convert: toNumber }
];
var RETENTION_ENV_SETTINGS = [
  { key: "completed_days", name: "RETENTION_COMPLETED_DAYS" },
  { key: "cancelled_days", name: "RETENTION_CANCELLED_DAYS" }
];
function toNumber(raw) {
  const trimmed = raw.trim();
  if (trimmed === "") return raw;
  const n = Number(trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : trimmed);
  return Number.isFinite(n) ? n : raw;
}
function toBoolean(raw) {
  const value = raw.trim().toLowerCase();
  if (["1", "true", "yes", "on"].includes(value)) return true;
  if (["0", "false", "no", "off"].includes(value)) return false;
  return raw;
}
function readEnvLayer(env, prefix, problems) {
  const layer = {};
  for (const setting of ENV_SETTINGS) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    const parsed = ConfigShape[setting.key].safeParse(setting.convert(raw));
    if (parsed.success) layer[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? "invalid"}; ignored`);
  }
  const retention = {};
  for (const setting of RETENTION_ENV_SETTINGS) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    const parsed = Days.safeParse(toNumber(raw));
    if (parsed.success) retention[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? "invalid"}; ignored`);
  }
  if (Object.keys(retention).length > 0) layer.retention = retention;
  const sync = {};
  const syncSettings = [
    { key: "remote", name: "SYNC_REMOTE", convert: (raw) => raw },
    { key: "auto", name: "SYNC_AUTO", convert: toBoolean },
    { key: "dir", name: "SYNC_DIR", convert: (raw) => raw }
  ];
  for (const setting of syncSettings) {
    const name = `${prefix}${setting.name}`;
    const raw = env[name];
    if (raw === void 0 || raw === "") continue;
    const parsed = Sync.shape[setting.key].safeParse(setting.convert(raw));
    if (parsed.success) sync[setting.key] = parsed.data;
    else problems.push(`${name}=${raw}: ${parsed.error.issues[0]?.message ?? "invalid"}; ignored`);
  }
  if (Object.keys(sync).length > 0) layer.sync = sync;
  return ConfigLayer.parse(layer);
}
function loadConfig(projectDir, env) {
  const problems = [];
  const [userFile, projectFile] = configFiles(projectDir);
  const layers = [
    readEnvLayer(env, "CLAUDE_PLUGIN_OPTION_", problems),
    readFileLayer(userFile, problems),
    readFileLayer(projectFile, problems),
    readEnvLayer(env, "WORKFLOW_", problems)
  ];
  const config2 = { ...DEFAULT_CONFIG };
  for (const { retention, sync, ...layer } of layers) {
    Object.assign(config2, Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== void 0)));
    if (retention) config2.retention = { ...config2.retention, ...Object.fromEntries(Object.entries(retention).filter(([, v]) => v !== void 0)) };
    if (sync) config2.sync = { ...config2.sync, ...Object.fromEntries(Object.entries(sync).filter(([, v]) => v !== void 0)) };
  }
  return { config: config2, problems };
}

// scripts/core/runtime/session-runtime.ts
var SessionRuntime = object({
  /** milestone fractions already announced in this session */
  announced: _default(array(number2()), []),
  handoff_asked: _default(boolean2(), false),
  /** model id from SessionStart (never `[1m]`), used to tell a 1M window from a 200K one */
  model: _default(nullable(string2()), null),
  /** the model ids and Claude Code version of the newest usage line read, for after a compaction */
  seen: _default(
    nullable(object({ model: nullable(string2()), requested_model: nullable(string2()), version: nullable(string2()) })),
    null
  ),
  last_checkpoint_at: _default(nullable(string2()), null),
  /** the workflow whose summary SessionStart gave this session: it comes back after a compaction */
  shown_workflow: _default(nullable(string2()), null),
  /** transcript size at the last checkpoint: unchanged size means nothing to save */
  checkpoint_transcript_size: _default(number2(), 0),
  /**
   * A notice for Claude that the Stop hook kept back: Stop's additionalContext makes Claude Code
   * call the model again at once, so the next UserPromptSubmit delivers it instead.
   */
  pending_notice: _default(nullable(string2()), null),
  /** a Stop waited for this session's transcript and none came: a missing one is not waited for again */
  transcript_absent: _default(boolean2(), false)
});
var StatuslineRecord = object({
  at: string2(),
  used_percentage: nullable(number2()),
  context_window_size: nullable(number2()),
  model: nullable(string2())
});
function readSessionRuntime(env, sessionId) {
  const parsed = SessionRuntime.safeParse(readSessionFile(env, sessionId, RUNTIME_SUFFIX) ?? {});
  return parsed.success ? parsed.data : SessionRuntime.parse({});
}
function readStatuslineRecord(env, sessionId) {
  const parsed = StatuslineRecord.safeParse(readSessionFile(env, sessionId, STATUSLINE_SUFFIX));
  return parsed.success ? parsed.data : null;
}

// scripts/core/session/transcript.ts
var import_node_fs15 = __toESM(require("node:fs"), 1);

// scripts/core/session/reply-order.ts
var UUID_KEY = '"uuid":"';
var UUID_MAX = 64;
function collectUuids(line, into) {
  for (let at = line.indexOf(UUID_KEY); at !== -1; at = line.indexOf(UUID_KEY, at + UUID_KEY.length)) {
    const start = at + UUID_KEY.length;
    const end = line.indexOf('"', start);
    if (end !== -1 && end - start <= UUID_MAX) into.add(line.slice(start, end));
  }
}
function answersNewerLine(parentUuid, newer) {
  return typeof parentUuid === "string" && newer.has(parentUuid);
}
function parentUuidOfHead(head) {
  return /^\{[^{]*?"parentUuid":"([^"]{1,64})"/.exec(head)?.[1] ?? null;
}

// scripts/core/session/transcript.ts
var USAGE_FIRST_CHUNK_BYTES = 64 * 1024;
var USAGE_MAX_BYTES = 8 * 1024 * 1024;
var LONG_LINE_BYTES2 = 4 * 1024 * 1024;
var SKIP_MAX_BYTES = 1024 * 1024 * 1024;
var LONG_LINE_TAIL = 64 * 1024;
var SKIP_CHUNK = 1024 * 1024;
var BASELINE_CONTEXT_TOKENS = 15e3;
var HEAD_BYTES = 256 * 1024;
var CHARS_PER_TOKEN = 4;
var NEWLINE = 10;
function decodeLine(buf, start, end) {
  const line = buf.toString("utf8", start, end);
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
function parsesAsJson(line) {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
function readFully(fd, buf, length, position) {
  let done = 0;
  while (done < length) {
    const n = import_node_fs15.default.readSync(fd, buf, done, length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}
function* linesFromEnd(fd, size, firstChunk, cap, counter) {
  let end = size;
  let carry = Buffer.alloc(0);
  let chunk = Math.max(1, firstChunk);
  let atNewestLine = true;
  let longTail = null;
  while (end > 0 && counter.bytesRead - counter.skipped < Math.min(cap, size)) {
    const skipping = longTail !== null;
    if (skipping && counter.skipped >= SKIP_MAX_BYTES) return;
    const length = skipping ? Math.min(SKIP_CHUNK, end) : Math.min(chunk, end, cap - (counter.bytesRead - counter.skipped));
    const start = end - length;
    const buf = Buffer.allocUnsafe(length + (skipping ? 0 : carry.length));
    const got = readFully(fd, buf, length, start);
    counter.bytesRead += got;
    if (skipping) counter.skipped += got;
    if (got < length) return;
    if (!skipping) {
      carry.copy(buf, length);
      chunk *= 4;
    }
    end = start;
    let lineEnd = buf.length;
    let nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    if (skipping) {
      if (nl === -1) continue;
      const tail = longTail ?? "";
      longTail = null;
      atNewestLine = false;
      yield { text: tail, head: buf.toString("utf8", nl + 1, Math.min(buf.length, nl + 1 + LONG_LINE_TAIL)), long: true };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    while (nl !== -1) {
      const line = decodeLine(buf, nl + 1, lineEnd);
      const unterminated = atNewestLine;
      atNewestLine = false;
      if (line.trim() && (!unterminated || parsesAsJson(line))) yield { text: line, bytes: lineEnd - nl - 1, long: false };
      lineEnd = nl;
      nl = lineEnd > 0 ? buf.lastIndexOf(NEWLINE, lineEnd - 1) : -1;
    }
    carry = buf.subarray(0, lineEnd);
    if (carry.length > LONG_LINE_BYTES2) {
      longTail = decodeLine(carry, carry.length - LONG_LINE_TAIL, carry.length);
      if (atNewestLine) longTail = null;
      atNewestLine = false;
      carry = Buffer.alloc(0);
      longTail ??= "";
    }
  }
  if (end === 0 && carry.length > 0 && longTail === null) {
    const line = decodeLine(carry, 0, carry.length);
    if (line.trim() && (!atNewestLine || parsesAsJson(line))) yield { text: line, bytes: carry.length, long: false };
  }
}
function withTranscript(file, fallback, read2) {
  let fd;
  try {
    if (!import_node_fs15.default.statSync(file).isFile()) return fallback;
    fd = import_node_fs15.default.openSync(file, "r");
  } catch {
    return fallback;
  }
  try {
    return read2(fd, import_node_fs15.default.fstatSync(fd).size);
  } catch {
    return fallback;
  } finally {
    import_node_fs15.default.closeSync(fd);
  }
}
function usageFromLongLine(head, tail) {
  const ends = head + tail;
  if (!ends.includes('"type":"assistant"') || /"isSidechain":\s*true/.test(head) || ends.includes('"model":"<synthetic>"')) return null;
  const at = tail.lastIndexOf('"usage":{');
  if (at === -1) return null;
  const usage = tail.slice(at, at + 600);
  const figure = (name) => Number(new RegExp(`"${name}":(\\d+)`).exec(usage)?.[1] ?? 0);
  if (!usage.includes('"input_tokens"')) return null;
  return figure("input_tokens") + figure("cache_creation_input_tokens") + figure("cache_read_input_tokens");
}
function whoseMessage(entry) {
  if (!isMainChain(entry) || entry.isMeta === true) return null;
  return entry.type === "user" || entry.type === "assistant" ? entry.type : null;
}
function whoseLongLine(head) {
  if (/"isSidechain":\s*true/.test(head) || /"isMeta":\s*true/.test(head)) return null;
  return head.includes('"type":"user"') ? "user" : head.includes('"type":"assistant"') ? "assistant" : null;
}
function sessionBaseline(fd, size) {
  const length = Math.min(HEAD_BYTES, size);
  const buf = Buffer.allocUnsafe(length);
  const got = readFully(fd, buf, length, 0);
  const lines = buf.toString("utf8", 0, got).split("\n");
  if (got < size) lines.pop();
  let smallest = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (!line.includes('"usage"')) continue;
    const entry = parseReadingEntry(line);
    const tokens = entry ? contextTokensOf(entry) : null;
    if (tokens) smallest = Math.min(smallest, tokens);
  }
  return Number.isFinite(smallest) ? smallest : BASELINE_CONTEXT_TOKENS;
}
function textTokens(linesNewestFirst, withSummary = true) {
  let chars = 0;
  for (const line of linesNewestFirst) {
    const entry = parseReadingEntry(line);
    if (!entry || !withSummary && entry.isCompactSummary) continue;
    if ((entry.type === "user" || entry.type === "assistant") && isMainChain(entry)) chars += contentChars(entry);
  }
  return Math.ceil(chars / CHARS_PER_TOKEN);
}
var NO_USAGE = {
  tokens: 0,
  kind: "unknown",
  model: null,
  requestedModel: null,
  version: null,
  sawCompactBoundary: false,
  bytesRead: 0,
  bytesSince: 0,
  replyPending: false
};
function readContextUsage(file, options = {}) {
  const firstChunk = options.firstChunkBytes ?? USAGE_FIRST_CHUNK_BYTES;
  const cap = options.maxBytes ?? USAGE_MAX_BYTES;
  const counter = { bytesRead: 0, skipped: 0 };
  let newest = null;
  let bytesSince = 0;
  const result = (tokens, kind, sawCompactBoundary, entry) => ({
    tokens,
    kind,
    model: entry?.message?.model ?? null,
    requestedModel: entry?.requestedModel ?? null,
    version: entry?.version ?? null,
    sawCompactBoundary,
    bytesRead: counter.bytesRead,
    bytesSince,
    replyPending: newest === "user"
  });
  const unknown2 = result(0, "unknown", false);
  return withTranscript(file, unknown2, (fd, size) => {
    if (size === 0) return unknown2;
    const newer = [];
    let longSeen = false;
    const newerIds = /* @__PURE__ */ new Set();
    for (const line of linesFromEnd(fd, size, firstChunk, cap, counter)) {
      if (line.long) {
        const tokens = usageFromLongLine(line.head, line.text);
        newest ??= tokens !== null ? "assistant" : whoseLongLine(line.head);
        if (tokens !== null) {
          if (newest === "user" && answersNewerLine(parentUuidOfHead(line.head), newerIds)) newest = "assistant";
          return result(tokens, "measured", false);
        }
        if (newest !== "assistant") collectUuids(line.head, newerIds);
        longSeen = true;
        bytesSince = Number.POSITIVE_INFINITY;
        continue;
      }
      const counts = line.text.includes('"usage"') || line.text.includes("compact_boundary");
      const tells = newest === null && (line.text.includes('"type":"user"') || line.text.includes('"type":"assistant"'));
      const entry = counts || tells ? parseReadingEntry(line.text) : null;
      if (tells && entry) newest = whoseMessage(entry);
      if (counts) {
        if (entry && isCompactBoundary(entry)) {
          const post = entry.compactMetadata?.postTokens;
          const kept = typeof post === "number" ? post + textTokens(newer, false) : textTokens(newer);
          return result(sessionBaseline(fd, size) + kept, "estimated", true);
        }
        const tokens = entry ? contextTokensOf(entry) : null;
        if (entry && tokens !== null) {
          if (newest === "user" && answersNewerLine(entry.parentUuid, newerIds)) newest = "assistant";
          return result(tokens, "measured", false, entry);
        }
      }
      if (newest !== "assistant") collectUuids(line.text, newerIds);
      newer.push(line.text);
      bytesSince += line.bytes + 1;
    }
    if (counter.bytesRead >= size) newest ??= "user";
    if (newer.length === 0 && !longSeen) return result(0, "unknown", false);
    return result(sessionBaseline(fd, size) + textTokens(newer), "estimated", false);
  });
}

// scripts/core/session/reply-wait.ts
var import_node_fs16 = __toESM(require("node:fs"), 1);
var REPLY_POLL_MS = 10;
var NO_REPLY_WAIT = { waitMs: 0, forFile: false };
function sizeOf(file) {
  try {
    const stat = import_node_fs16.default.statSync(file);
    return stat.isFile() ? stat.size : -1;
  } catch {
    return -1;
  }
}
var UNTIL = /* @__PURE__ */ Symbol.for("claude-workflow.reply-wait-until");
var holder3 = globalThis;
function waitUntil(file, waitMs) {
  const started = holder3[UNTIL];
  if (started?.file === file) return started.until;
  const until = Date.now() + waitMs;
  holder3[UNTIL] = { file, until };
  return until;
}
function readUsageWithReply(file, wait, worthWaiting = () => true) {
  let usage = readContextUsage(file);
  if (wait.waitMs <= 0 || !(usage.replyPending || wait.forFile)) return { usage, late: false, absent: false };
  let size = sizeOf(file);
  const pending = () => usage.replyPending || wait.forFile && size <= 0;
  if (!pending()) return { usage, late: false, absent: false };
  if (usage.kind === "measured" && !worthWaiting(usage)) return { usage, late: false, absent: false };
  const until = waitUntil(file, wait.waitMs);
  while (Date.now() < until) {
    sleepSync(REPLY_POLL_MS);
    const now = sizeOf(file);
    if (now === size) continue;
    size = now;
    usage = readContextUsage(file);
    if (!pending()) return { usage, late: false, absent: false };
  }
  return { usage, late: true, absent: size <= 0 };
}

// scripts/core/session/session-context.ts
function readSessionContext(request) {
  const { runtime, replyMatters } = request;
  const figures = {
    statusline: request.sessionId ? readStatuslineRecord(request.env, request.sessionId) : null,
    startModel: runtime?.model ?? null,
    seen: runtime?.seen ?? null,
    settings: request.settings ?? readClaudeSettings(request.startDir, request.env),
    config: request.config,
    env: request.env,
    now: request.now
  };
  const worthWaiting = replyMatters && ((without) => replyMatters(measureContext({ ...figures, usage: without }), without));
  const { usage, late, absent } = request.transcriptPath ? readUsageWithReply(request.transcriptPath, request.replyWait ?? NO_REPLY_WAIT, worthWaiting) : { usage: NO_USAGE, late: false, absent: false };
  const reading = measureContext({ ...figures, usage });
  const seen = runtime ? changedSeen(runtime.seen, usage) : null;
  if (runtime && seen) runtime.seen = seen;
  const nowAbsent = runtime !== null && absent && !runtime.transcript_absent;
  if (runtime && nowAbsent) runtime.transcript_absent = true;
  const runtimeChanged = seen !== null || nowAbsent;
  return { reading, runtimeChanged, replyLate: late, transcriptAbsent: absent };
}
function readSessionContextOf(projectDir, session, env, now) {
  return readSessionContext({
    startDir: sessionStartDir(projectDir, env),
    sessionId: session.id,
    transcriptPath: session.transcript_path,
    runtime: session.id ? readSessionRuntime(env, session.id) : null,
    config: loadConfig(projectDir, env).config,
    env,
    now
  }).reading;
}

// scripts/core/workflows/common.ts
function blankState(id, place, now) {
  return {
    schema_version: SCHEMA_VERSION,
    id,
    status: "paused",
    automatic: false,
    created_at: now,
    updated_at: now,
    task: { description: "", ticket_id: null },
    summary: "",
    phase: { current: null, name: null, sub: null },
    phases: [],
    accomplishments: [],
    next_steps: [],
    decisions: [],
    blockers: [],
    notes: [],
    todos: { active: [], completed: [] },
    files_modified: [],
    lockfiles: {},
    agents: [],
    git: null,
    tokens: null,
    device: describeDevice(),
    project: { path: place.projectDir, name: import_node_path17.default.basename(place.projectDir) },
    session: { id: null, transcript_path: null }
  };
}
function historyEntry(event, state, at, summary) {
  return {
    at,
    event,
    device: state.device.hostname,
    branch: state.git?.branch ?? null,
    commit: state.git?.commit ?? null,
    // scrubbed before clipping: a secret cut at 200 characters would no longer be recognised
    summary: redactText(summary).text.replace(/\s+/g, " ").trim().slice(0, 200),
    session_id: state.session.id
  };
}
function splitProjectFiles(projectDir, files) {
  const inside = [];
  const outside = [];
  for (const file of files) {
    const rel = import_node_path17.default.isAbsolute(file) ? import_node_path17.default.relative(projectDir, file) : file;
    if (rel.startsWith("..") || import_node_path17.default.isAbsolute(rel)) outside.push(file);
    else inside.push(rel);
  }
  return { inside, outside };
}
function transcriptFacts(place, session, known, env, now) {
  const { transcript_path: transcriptPath } = session;
  if (!transcriptPath) return null;
  const capture = captureSession(env, session.id, transcriptPath);
  const { facts, state } = capture;
  const files = splitProjectFiles(place.projectDir, facts.files);
  const sessionFacts = {
    first_request: facts.first_request,
    last_request: facts.last_request,
    title: state.title,
    commands: state.commands,
    last_test: state.last_test,
    last_build: state.last_build,
    plan: state.plan,
    outside_files: files.outside,
    compactions: state.compactions.count,
    coverage: {
      lines: state.lines.read,
      subagent_files: Math.max(0, capture.coverage.files - 1),
      skipped_bytes: capture.coverage.skipped_bytes,
      unreadable_lines: state.lines.unreadable + state.lines.long + state.lines.unknown_type
    }
  };
  return {
    mined: { todos: facts.todos, files_modified: files.inside, agents: facts.agents, first_request: facts.first_request },
    sessionFacts,
    tokens: known ?? tokensOfReading(readSessionContextOf(place.projectDir, { ...session, transcript_path: transcriptPath }, env, now))
  };
}
function union2(previous, added) {
  if (!added) return [...previous];
  return [.../* @__PURE__ */ new Set([...previous, ...added.map((s) => s.trim()).filter(Boolean)])];
}

// scripts/core/workflows/checkpoint.ts
function checkpointRequested(place, request, env) {
  return checkpointWorkflow(place, {
    session: { id: request.session_id, transcript_path: request.transcript_path },
    reason: request.reason,
    create: false,
    tokens: request.tokens,
    env,
    now: new Date(request.at)
  });
}
async function checkpointWorkflow(place, request) {
  const held = sessionWorkflow(place, request.session.id);
  const existing = held?.state.id ?? null;
  if (existing === null && !request.create) {
    if (request.session.transcript_path) captureSession(request.env, request.session.id, request.session.transcript_path);
    return null;
  }
  const facts = transcriptFacts(place, request.session, request.tokens, request.env, request.now);
  const at = request.now.toISOString();
  const { id: workflowId, created } = existing !== null ? { id: existing, created: false } : claimAutomaticWorkflow(place, request.session, facts?.mined.first_request?.trim() || facts?.sessionFacts.title || null, at);
  const git = await captureGitContext(place.projectDir, held?.state.git ?? null);
  const saved = updateWorkflow(place.storeDir, workflowId, (current) => {
    if (!current) throw new WorkflowError(`workflow ${workflowId} disappeared while saving a checkpoint`);
    const base = current.state;
    return redactState({
      ...base,
      updated_at: at,
      git,
      tokens: request.tokens ?? facts?.tokens ?? base.tokens,
      todos: facts?.mined.todos ?? base.todos,
      files_modified: union2(base.files_modified, facts?.mined.files_modified),
      lockfiles: hashLockfiles(place.projectDir),
      agents: facts && facts.mined.agents.length > 0 ? facts.mined.agents : base.agents,
      session_facts: facts?.sessionFacts ?? base.session_facts ?? null,
      device: describeDevice(),
      session: request.session.id ? request.session : base.session
    }).state;
  });
  if (request.session.id) renewLease(place.storeDir, workflowId, request.session.id, request.now);
  if (created || request.reason !== "interval") {
    appendHistory(place.storeDir, workflowId, historyEntry("checkpoint", saved.state, at, checkpointSummary(request.reason, created, saved.state.tokens)));
  }
  return { id: workflowId, created, state: saved.state };
}
function checkpointSummary(reason, created, tokens) {
  if (reason === "compacted") return created ? "workflow created automatically after Claude Code compacted the session" : "checkpoint (compacted)";
  const at = tokens ? ` at ${tokens.percent}% of the context window` : "";
  if (created) return `workflow created automatically${at}`;
  switch (reason) {
    case "precompact":
      return `checkpoint (compaction requested)${at}`;
    case "milestone":
      return `checkpoint (context milestone)${at}`;
    case "interval":
      return `checkpoint${at}`;
    default:
      return reason;
  }
}
function claimAutomaticWorkflow(place, session, request, at) {
  ensureStoreDir(place.storeDir);
  return withLock(place.storeDir, () => {
    const held = workflowOfSession(place, session.id);
    if (held !== null) return { id: held, created: false };
    const id = freeWorkflowId(place.storeDir, newWorkflowId(request ?? `session ${session.id ?? "without id"}`, new Date(at)));
    updateWorkflow(place.storeDir, id, () => ({
      ...blankState(id, place, at),
      status: "active",
      automatic: true,
      task: { description: request ?? "Untitled session", ticket_id: null },
      summary: "Created automatically when the session grew long; run /workflow:handoff to record the summary, decisions and next steps.",
      session
    }));
    return { id, created: true };
  });
}
function pauseSessionWorkflow(place, sessionId, reason, now) {
  const id = workflowOfSession(place, sessionId);
  if (!id) return null;
  releaseLease(place.storeDir, id, sessionId);
  if (loadWorkflow(place.storeDir, id).state.status !== "active") return null;
  const at = now.toISOString();
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    const base = current?.state;
    if (!base) throw new WorkflowError(`workflow ${id} disappeared while pausing it`);
    return { ...base, status: "paused", updated_at: at };
  });
  appendHistory(place.storeDir, id, historyEntry("pause", saved.state, at, `session ended (${reason})`));
  return id;
}
var COMPACT_SUMMARY_CHARS = 4e3;
function keepCompactSummary(place, sessionId, shown, summary, now) {
  const id = workflowOfSession(place, sessionId) ?? shown;
  const text = summary.trim();
  if (!id || !text || !existingIds(place.storeDir).includes(id)) return null;
  const at = now.toISOString();
  const clipped = text.length > COMPACT_SUMMARY_CHARS ? `${text.slice(0, COMPACT_SUMMARY_CHARS - 1)}\u2026` : text;
  const saved = updateWorkflow(place.storeDir, id, (current) => {
    if (!current) throw new WorkflowError(`workflow ${id} is gone`);
    return { ...current.state, compact_summary: { at, text: redactText(clipped).text } };
  });
  appendHistory(place.storeDir, id, historyEntry("checkpoint", saved.state, at, "compacted: Claude Code's summary kept"));
  return id;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkpointRequested,
  checkpointWorkflow,
  keepCompactSummary,
  pauseSessionWorkflow
});
