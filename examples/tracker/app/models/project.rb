class Project < ApplicationRecord
  has_many :tickets
end
