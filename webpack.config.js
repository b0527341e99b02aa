/**
 * The apps' webpack build, as Nest's defaults make it, without its type checker: Nest forks a
 * full `tsc` of the monorepo beside every app's bundle, five times per build, where `npm run
 * typecheck` (first in `npm test`) checks the same sources once. The bundles are the same.
 */
module.exports = (options) => ({
  ...options,
  plugins: options.plugins.filter((plugin) => plugin.constructor.name !== 'ForkTsCheckerWebpackPlugin'),
});
