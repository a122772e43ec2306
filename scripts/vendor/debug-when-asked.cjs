// What the bundles get for `debug`, through which simple-git and @kwsites/file-exists log. Its Node
// side loads tty (and with it Node's net and stream modules) and asks the terminal for colours as
// soon as a logger is made, whether anything is logged or not: about 5 ms of every save. Here the
// real `debug` is loaded when DEBUG is set; otherwise the loggers are made and never enabled.
'use strict';

function createDebug(namespace) {
  const logger = () => undefined;
  logger.namespace = namespace;
  logger.enabled = false;
  logger.log = () => undefined;
  logger.destroy = () => false;
  logger.extend = (sub, delimiter = ':') => createDebug(`${namespace}${delimiter}${sub}`);
  return logger;
}
createDebug.formatters = {};
createDebug.names = [];
createDebug.skips = [];
createDebug.enable = () => undefined;
createDebug.disable = () => '';
createDebug.enabled = () => false;
createDebug.default = createDebug;

module.exports = process.env.DEBUG ? require('debug') : createDebug;
