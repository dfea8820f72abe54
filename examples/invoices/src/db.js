// The one Knex instance of the process; every module imports it as `db`.
import knex from 'knex'
import config from '../knexfile.js'

const db = knex(config)

export default db
