import { createRequire as __workflowCreateRequire } from 'node:module';
const require = __workflowCreateRequire(import.meta.url);
import {
  WorkflowError
} from "./chunk-MUOGF5JG.mjs";

// scripts/core/safe-fs.ts
import fs from "node:fs";
var NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;
var NON_BLOCK = fs.constants.O_NONBLOCK ?? 0;
var READ_CAPS = {
  state: 8 * 1024 * 1024,
  history: 256 * 1024 * 1024,
  config: 1024 * 1024,
  small: 64 * 1024,
  lockfile: 64 * 1024 * 1024,
  /** a synced folder's version: a state and its history, as a sync remote may send them */
  syncVersion: 48 * 1024 * 1024
};
function withRegularFile(file, fallback, read) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch {
    return fallback;
  }
  try {
    const stat = fs.fstatSync(fd);
    return stat.isFile() ? read(fd, stat.size) : fallback;
  } finally {
    fs.closeSync(fd);
  }
}
function refused(file, why) {
  return new WorkflowError(`${file} ${why}; it was not read`);
}
function readRegularFile(file, maxBytes) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW | NON_BLOCK);
  } catch (error) {
    if (error.code === "ELOOP") throw refused(file, "is a symbolic link");
    throw error;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw refused(file, "is not a regular file (a device, a pipe or a socket)");
    if (stat.size > maxBytes) throw refused(file, `is ${stat.size} bytes, over the limit of ${maxBytes}`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes).toString("utf8");
}
function appendRegularFile(file, text) {
  let fd;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | NO_FOLLOW | NON_BLOCK, 384);
  } catch (error) {
    if (error.code === "ELOOP") throw new WorkflowError(`${file} is a symbolic link; nothing was written to it`);
    throw error;
  }
  try {
    if (!fs.fstatSync(fd).isFile()) throw new WorkflowError(`${file} is not a regular file; nothing was written to it`);
    const bytes = Buffer.from(text);
    let offset = 0;
    while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
  } finally {
    fs.closeSync(fd);
  }
}

export {
  READ_CAPS,
  withRegularFile,
  readRegularFile,
  readRegularText,
  appendRegularFile
};
