package dev.nova.cdk;

import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;

/** Where a function runs: the VPC, its subnets and its security group. */
public record Placement(IVpc vpc, SubnetSelection subnets, ISecurityGroup group) {
}
