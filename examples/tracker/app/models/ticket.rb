class Ticket < ApplicationRecord
  belongs_to :project
  belongs_to :assignee, class_name: "User", optional: true

  scope :open, -> { where(closed_at: nil) }
end
