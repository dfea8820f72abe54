class User < ApplicationRecord
  has_many :assigned_tickets, class_name: "Ticket", foreign_key: :assignee_id
end
