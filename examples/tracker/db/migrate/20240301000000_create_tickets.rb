class CreateTickets < ActiveRecord::Migration[7.1]
  def change
    create_table :projects do |t|
      t.string :name, null: false
      t.timestamps
    end

    create_table :tickets do |t|
      t.references :project, null: false, foreign_key: true
      t.string :title, null: false
      t.bigint :assignee_id
      t.datetime :closed_at
      t.timestamps
    end

    add_foreign_key :tickets, :users, column: :assignee_id
  end
end
