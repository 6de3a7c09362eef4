// Stylesheets mean nothing to jsdom: an import of one gives an empty module in the client's unit tests.
module.exports = {};
